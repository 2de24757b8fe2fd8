namespace NewsArchive.Stories;

/// <summary>
/// In how many sketched articles each lead term appears, for IDF weights: read whole from <c>StoryTerms</c> on first
/// use (about 40 bytes a distinct term in memory), changed in memory, written back by <see cref="StoryStore.FlushAsync"/> at the end of each batch. One
/// instance lives for one import run (or one re-parse or removal), so what it caches is never stale.
/// </summary>
public sealed class DocumentCounts
{
    private readonly Dictionary<long, int> _docs = [];
    private readonly HashSet<long> _dirty = [];

    /// <summary>Sketched articles in the archive; -1 until read.</summary>
    internal int Articles { get; set; } = -1;

    internal bool IsKnown(long term) => _docs.ContainsKey(term);

    internal void Load(long term, int docs) => _docs[term] = docs;

    internal int Docs(long term) => _docs.TryGetValue(term, out var docs) ? docs : 0;

    /// <summary>The IDF weight of a term (smoothed: a term in every article still weighs 1).</summary>
    internal double Idf(long term) => Math.Log((Articles + StoryTuning.PriorArticles + 1.0) / (Docs(term) + 1.0)) + 1.0;

    /// <summary>Whether a term is rare enough to count as shared evidence.</summary>
    internal bool IsInformative(long term) => Docs(term) <= (Articles + StoryTuning.PriorArticles) * StoryTuning.InformativeShare;

    internal void Change(ArticleSketch sketch, int delta)
    {
        foreach (var (term, _) in sketch.Terms)
        {
            _docs[term] = Math.Max(0, Docs(term) + delta);
            _dirty.Add(term);
        }
        Articles += delta;
    }

    /// <summary>The changed counts since the last call.</summary>
    internal List<(long Term, int Docs)> TakeChanges()
    {
        var changes = _dirty.Order().Select(t => (t, Docs(t))).ToList();
        _dirty.Clear();
        return changes;
    }
}
