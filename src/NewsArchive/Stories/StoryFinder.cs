using System.Data.Common;
using System.Runtime.InteropServices;

namespace NewsArchive.Stories;

/// <summary>
/// Puts articles into stories as they are written, on the writer's connection and transaction. A new article's
/// candidates are the articles sharing an LSH band of its MinHash (any date) or one of its rarest lead terms within
/// <see cref="StoryTuning.WindowDays"/> days (undated: any day, on stronger evidence); each candidate's stored sketch
/// is compared, and the article joins the best match's story (copies first), or starts one with it. Nothing is
/// rescanned, and the same articles written in the same order always give the same stories.
/// </summary>
public sealed class StoryFinder(DbConnection connection, DbTransaction transaction, DocumentCounts counts) : IDisposable
{
    private readonly StoryStore _store = new(connection, transaction, counts);
    private readonly Dictionary<int, double> _scores = [];

    /// <summary>Decides a new article's story before it is written (so its row is written once); may start a story with its best match.</summary>
    public async Task<StoryPlacement> PlaceAsync(ArticleSketch sketch, DateOnly? published, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sketch);
        await _store.LoadCountsAsync(counts, ct);
        _store.LoadIndex();
        var day = StoryStore.DayOf(published);
        // The new article's terms marked once (their weights are also what its key terms are chosen by); each
        // candidate is then weighed in one pass over its own terms.
        var focusNorm = TermWeights.Focus(sketch, counts);
        var keySlots = TermWeights.KeyTermsOfFocus(sketch, counts);
        var ids = FirstDistinct(await _store.BandCandidatesAsync(sketch.BandKeyArray, ct), StoryTuning.MaxCandidates);
        var lookup = new Dictionary<long, double>(keySlots.Count);
        foreach (var slot in keySlots)
        {
            if (counts.DocsAt(slot) <= StoryTuning.KeyTermMaxDocs)
            {
                lookup.Add(ArticleSketch.TermKey(counts.TermAt(slot)), counts.IdfAt(slot));
            }
        }
        if (lookup.Count > 0)
        {
            // The articles sharing the rarest key terms first: the IDF of the shared keys summed (one row a shared key).
            var rows = await _store.TermCandidatesAsync([.. lookup.Keys], day, ct);
            ids.AddRange(RankByTerms(rows, lookup, ids));
        }
        var (copy, related, others) = await BestMatchesAsync(sketch, focusNorm, day, ids, ct);
        var match = copy ?? related;
        if (match is null)
        {
            return new StoryPlacement(null, null, keySlots);
        }
        var storyId = match.StoryId;
        if (storyId is null)
        {
            storyId = await _store.InsertStoryAsync(ct);
            await _store.SetStoryAsync(match.ArticleId, storyId.Value, article: true, ct);
        }
        await JoinAsync(storyId.Value, others.Where(o => o != match).Take(StoryTuning.MaxJoins), ct);
        return new StoryPlacement(storyId, copy is null ? null : copy.CopyOfId ?? copy.ArticleId, keySlots);
    }

    /// <summary>The <paramref name="limit"/> lowest distinct ids of <paramref name="ids"/>, ascending, in the list itself (as Distinct, Order, Take: no set and no sort buffer an article).</summary>
    internal static List<int> FirstDistinct(List<int> ids, int limit)
    {
        ids.Sort();
        var kept = 0;
        for (var i = 0; i < ids.Count && kept < limit; i++)
        {
            if (kept == 0 || ids[i] != ids[kept - 1])
            {
                ids[kept++] = ids[i];
            }
        }
        ids.RemoveRange(kept, ids.Count - kept);
        return ids;
    }

    /// <summary>
    /// The <see cref="StoryTuning.MaxTermCandidates"/> articles (not already candidates) whose shared key terms weigh
    /// most (IDF summed, one row a shared key); ties by the newer id.
    /// </summary>
    private List<int> RankByTerms(List<(long Key, int ArticleId)> rows, Dictionary<long, double> idf, List<int> already)
    {
        var scores = _scores;
        scores.Clear();
        // The rows come key by key (a key's rows together): its IDF looked up once a run of rows, not once a row (rows
        // grow with the archive: 235 an article at 300,000).
        var (lastKey, lastIdf) = (0L, 0.0);
        for (var r = 0; r < rows.Count; r++)
        {
            var (key, id) = rows[r];
            if (r == 0 || key != lastKey)
            {
                (lastKey, lastIdf) = (key, idf[key]);
            }
            ref var score = ref CollectionsMarshal.GetValueRefOrAddDefault(scores, id, out _);
            score += lastIdf;
        }
        foreach (var id in already)
        {
            scores.Remove(id);
        }
        var best = new List<(double Score, int Id)>(StoryTuning.MaxTermCandidates + 1);
        foreach (var (id, score) in scores)
        {
            // Kept in order, best first: (score, id) descending.
            var at = best.Count;
            while (at > 0 && (best[at - 1].Score < score || (best[at - 1].Score == score && best[at - 1].Id < id)))
            {
                at--;
            }
            if (at < StoryTuning.MaxTermCandidates)
            {
                best.Insert(at, (score, id));
                if (best.Count > StoryTuning.MaxTermCandidates)
                {
                    best.RemoveAt(best.Count - 1);
                }
            }
        }
        return best.ConvertAll(b => b.Id);
    }

    /// <summary>
    /// The new article also tells the story of these other matches: they (and their stories) join its story, so a
    /// report that links two halves of one event's coverage makes them one story.
    /// </summary>
    private async Task JoinAsync(int storyId, IEnumerable<StoredSketch> others, CancellationToken ct)
    {
        foreach (var other in others)
        {
            if (other.StoryId == storyId)
            {
                continue;
            }
            if (other.StoryId is not { } otherStory)
            {
                await _store.SetStoryAsync(other.ArticleId, storyId, article: true, ct);
                continue;
            }
            foreach (var (id, _) in await _store.StoryMembersAsync(otherStory, ct))
            {
                await _store.SetStoryAsync(id, storyId, article: true, ct);
            }
            await _store.DeleteStoryAsync(otherStory, ct);
        }
    }

    /// <summary>Records a written article: its sketch and keys, the term counts, and its story's first report, dates and size.</summary>
    public async Task AddAsync(int articleId, ArticleSketch sketch, DateOnly? published, string? source, StoryPlacement placement, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sketch);
        ArgumentNullException.ThrowIfNull(placement);
        var stored = new StoredSketch(articleId, StoryStore.DayOf(published), placement.StoryId, placement.CopyOfId, sketch);
        // A term already in as many articles as a key term may be is never looked up again (its count only grows while
        // articles are added): no key row for it.
        var keyTerms = new List<long>(placement.KeySlots.Count);
        foreach (var slot in placement.KeySlots)
        {
            if (counts.DocsAt(slot) < StoryTuning.KeyTermMaxDocs)
            {
                keyTerms.Add(counts.TermAt(slot));
            }
        }
        await _store.InsertAsync(stored, source, sketch.BandKeyArray, keyTerms, ct);
        counts.Change(sketch, +1);
        if (placement.StoryId is { } storyId)
        {
            await RefreshStoryAsync(storyId, ct);
        }
    }

    /// <summary>
    /// Takes an article out of its story and copy group before it is rewritten or deleted: a story left with one
    /// article ends; the next copy becomes the first of its group. The article's own row is the caller's to rewrite.
    /// </summary>
    public async Task RemoveAsync(int articleId, CancellationToken ct)
    {
        if (_store.ReadSketch(articleId) is not { } stored)
        {
            return;
        }
        await _store.LoadCountsAsync(counts, ct);
        counts.Change(stored.Sketch, -1);
        await _store.DeleteAsync(stored, ct);
        if (stored.CopyOfId is null && await _store.CopyMembersAsync(articleId, ct) is { Count: > 0 } copies)
        {
            await _store.SetCopyOfAsync(copies[0], null, ct);
            foreach (var other in copies.Skip(1))
            {
                await _store.SetCopyOfAsync(other, copies[0], ct);
            }
        }
        if (stored.StoryId is { } storyId)
        {
            await RefreshStoryAsync(storyId, ct);
        }
    }

    /// <summary>Re-places an article whose text changed outside an import (a re-parse): out of its story, then in again, its row updated.</summary>
    public async Task ReplaceAsync(int articleId, string title, string body, DateOnly? published, string? source, CancellationToken ct)
    {
        await RemoveAsync(articleId, ct);
        var sketch = ArticleSketch.Compute(title, body);
        var placement = await PlaceAsync(sketch, published, ct);
        await _store.SetStoryAsync(articleId, placement.StoryId, article: true, ct);
        await _store.SetCopyOfAsync(articleId, placement.CopyOfId, ct);
        await AddAsync(articleId, sketch, published, source, placement, ct);
    }

    /// <summary>
    /// Called by the writer before a batch: whether its new articles can be placed ahead of it (<see cref="PlaceDeferredAsync"/>).
    /// The run decides once, at its first batch with a sketch: only a run that begins with no sketches and no stories
    /// can (every candidate is then one of its own, held in memory, and every story one it made); the counts and the
    /// index are loaded here, on the writer's thread. Later batches can while nothing has stopped it (<see cref="CanDefer"/>).
    /// </summary>
    public async Task<bool> TryBeginDeferringAsync(CancellationToken ct)
    {
        if (counts.Deferred is null)
        {
            await _store.LoadCountsAsync(counts, ct);
            var empty = counts.Articles == 0 && counts.Index.Count == 0 && counts.Sketches.Count == 0 && !await _store.AnyStoriesAsync(ct);
            counts.Deferred = new DeferredStories();
            if (empty)
            {
                // No sketch to load keys of (the index is loaded where the serial path's first placing would). Room
                // for the run's articles up to the held sketches' share: the index's band keys and the sketches, made
                // once rather than grown an eighth (a half) at a time; past that share the tables grow as before.
                _store.LoadIndex();
                counts.Index.Reserve(counts.Expected);
                counts.Sketches.Reserve(counts.Expected);
            }
            else
            {
                counts.Deferred.Stop();
            }
        }
        return CanDefer;
    }

    /// <summary>
    /// Whether the next article can be placed ahead of the writer: the run's stories are in memory
    /// (<see cref="DocumentCounts.Deferred"/> active), its index holds every key (no key row to read) and its held
    /// sketches every article (none let go yet), so placing reads nothing from the database.
    /// </summary>
    public bool CanDefer => counts.Deferred is { Active: true } && counts.Index.Loaded && counts.Index.Complete && !counts.Sketches.Released && counts.Articles >= 0;

    /// <summary>Ends placing ahead of the writer for the rest of the run (an article it cannot place so).</summary>
    public void StopDeferring() => counts.Deferred?.Stop();

    /// <summary>
    /// Places and adds a new article whose id is known before its row is written (<see cref="PlaceAsync"/>, then
    /// <see cref="AddAsync"/>), off the writer's thread: nothing is read from the database, and what would be written
    /// is queued instead, the placing's to <paramref name="beforeRow"/> and the adding's to <paramref name="afterRow"/>,
    /// for the writer to run around the article's row in the order the serial path runs them. Call only while
    /// <see cref="CanDefer"/>, and never while the writer uses this finder.
    /// </summary>
    public async Task<StoryPlacement> PlaceDeferredAsync(
        int articleId, ArticleSketch sketch, DateOnly? published, string? source,
        List<Func<CancellationToken, Task>> beforeRow, List<Func<CancellationToken, Task>> afterRow, CancellationToken ct)
    {
        try
        {
            _store.DeferInto(beforeRow);
            var placement = await PlaceAsync(sketch, published, ct);
            _store.DeferInto(afterRow);
            await AddAsync(articleId, sketch, published, source, placement, ct);
            return placement;
        }
        finally
        {
            _store.DeferInto(null);
        }
    }

    /// <summary>Writes the changed term counts; call before the transaction commits.</summary>
    public Task FlushAsync(CancellationToken ct) => _store.FlushAsync(counts, ct);

    public void Dispose() => _store.Dispose();

    /// <summary>The best copy, the best other match, and every match (copies and others, by id).</summary>
    private async Task<(StoredSketch? Copy, StoredSketch? Related, List<StoredSketch> All)> BestMatchesAsync(
        ArticleSketch sketch, double focusNorm, int day, IEnumerable<int> ids, CancellationToken ct)
    {
        StoredSketch? copy = null, related = null;
        var all = new List<StoredSketch>();
        double bestJaccard = 0, bestCosine = 0;
        await _store.LoadCountsAsync(counts, ct);
        var sortedFocus = TermWeights.IsSorted(sketch);
        foreach (var id in ids)
        {
            switch (CompareHeld(sketch, day, id, focusNorm))
            {
                case null:
                    break;
                case (false, _, _):
                    continue;
                case (true, var heldJaccard, var heldCosine):
                    // A match: only now read as a stored sketch (a copy of the held one).
                    var held = _store.ReadSketch(id)!;
                    all.Add(held);
                    if (heldJaccard >= StoryTuning.CopyJaccard)
                    {
                        (copy, bestJaccard) = heldJaccard > bestJaccard ? (held, heldJaccard) : (copy, bestJaccard);
                    }
                    else
                    {
                        (related, bestCosine) = heldCosine > bestCosine ? (held, heldCosine) : (related, bestCosine);
                    }
                    continue;
            }
            // Not held: rejected on its row read in place when it can be (nearly all), else read and decoded.
            if (!MayMatchStored(sketch, day, id, sortedFocus) || _store.ReadSketch(id) is not { } candidate)
            {
                continue;
            }
            var jaccard = sketch.Jaccard(candidate.Sketch);
            if (jaccard >= StoryTuning.CopyJaccard)
            {
                all.Add(candidate);
                (copy, bestJaccard) = jaccard > bestJaccard ? (candidate, jaccard) : (copy, bestJaccard);
                continue;
            }
            var threshold = Threshold(day, candidate.Day);
            if (threshold is not var (minCosine, minShared))
            {
                continue;
            }
            // The shared terms first: most candidates have too few, and never cost the cosine's logarithms.
            if (TermWeights.SharedInformative(candidate.Sketch, counts) < minShared)
            {
                continue;
            }
            var cosine = TermWeights.Cosine(candidate.Sketch, focusNorm, counts);
            if (cosine >= minCosine)
            {
                all.Add(candidate);
                (related, bestCosine) = cosine > bestCosine ? (candidate, cosine) : (related, bestCosine);
            }
        }
        return (copy, related, all);
    }

    /// <summary>
    /// Compares a held candidate in place (<see cref="HeldSketches.TryView"/>), as the loop of <see cref="BestMatchesAsync"/>
    /// compares a stored one: null when it is not held; else whether it matches, its Jaccard estimate and (a story
    /// match) its cosine.
    /// </summary>
    private (bool Match, double Jaccard, double Cosine)? CompareHeld(ArticleSketch sketch, int day, int id, double focusNorm)
    {
        if (!counts.Sketches.TryView(id, out var otherDay, out var minHash, out var slots, out var bytes))
        {
            return null;
        }
        var jaccard = sketch.Jaccard(minHash);
        if (jaccard >= StoryTuning.CopyJaccard)
        {
            return (true, jaccard, 0);
        }
        if (Threshold(day, otherDay) is not var (minCosine, minShared) || TermWeights.SharedInformative(slots, counts) < minShared)
        {
            return (false, jaccard, 0);
        }
        var cosine = TermWeights.Cosine(slots, bytes, focusNorm, counts);
        return (cosine >= minCosine, jaccard, cosine);
    }

    /// <summary>
    /// Whether a candidate read from the database (not held) may match: false when its stored row, read in place,
    /// shows it is no copy (<see cref="StoryTuning.CopyJaccard"/>) and, within the window, shares too few informative
    /// terms: the loop of <see cref="BestMatchesAsync"/>'s own tests, on the stored forms, so the same candidates pass.
    /// At 300,000 articles with 100,000 sketches held, 99.4 % of the 909,258 candidates read from the database failed
    /// them, and each was decoded and its ~90 terms looked up in the run's counts first (docs/stories.md).
    /// </summary>
    private bool MayMatchStored(ArticleSketch sketch, int day, int id, bool sortedFocus)
    {
        using var view = _store.ViewStored(id);
        if (!view.Found)
        {
            return false;
        }
        if (sketch.JaccardStored(view.MinHash) >= StoryTuning.CopyJaccard)
        {
            return true;
        }
        if (Threshold(day, view.Day) is not var (_, minShared))
        {
            return false;
        }
        return !sortedFocus || TermWeights.SharedInformative(sketch, view.Terms, counts) >= minShared;
    }

    /// <summary>The cosine and shared informative terms two leads need to tell one story: dated ones within the window; undated on stronger evidence; else never.</summary>
    private static (double Cosine, int Shared)? Threshold(int day, int other) =>
        day == 0 || other == 0 ? (StoryTuning.UndatedStoryCosine, StoryTuning.UndatedStoryShared)
        : Math.Abs(day - other) <= StoryTuning.WindowDays ? (StoryTuning.StoryCosine, StoryTuning.StoryShared)
        : null;

    private async Task RefreshStoryAsync(int storyId, CancellationToken ct)
    {
        var members = await _store.StoryMembersAsync(storyId, ct);
        if (members.Count < 2)
        {
            foreach (var (id, _) in members)
            {
                await _store.SetStoryAsync(id, null, article: true, ct);
            }
            await _store.DeleteStoryAsync(storyId, ct);
            return;
        }
        var dated = members.Where(m => m.Day > 0).ToList();
        await _store.UpdateStoryAsync(storyId, members[0].Id, dated.Count > 0 ? dated[0].Day : null, dated.Count > 0 ? dated.Max(m => m.Day) : null, members.Count, ct);
    }
}
