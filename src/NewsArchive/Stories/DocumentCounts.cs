using System.Runtime.InteropServices;

namespace NewsArchive.Stories;

/// <summary>
/// In how many sketched articles each lead term appears, for IDF weights: read whole from <c>StoryTerms</c> on first
/// use (about 40 bytes a distinct term in memory), changed in memory, written back by <see cref="StoryStore.FlushAsync"/> at the end of each batch. One
/// instance lives for one import run (or one re-parse or removal), so what it caches is never stale.
/// </summary>
public sealed class DocumentCounts
{
    private readonly Dictionary<long, Count> _docs = [];
    private readonly List<long> _dirty = [];

    public DocumentCounts()
        : this(StoryTuning.RunIndexArticles)
    {
    }

    /// <summary>A run that holds at most <paramref name="heldArticles"/> articles in memory (tests: 0 asks the database for everything).</summary>
    internal DocumentCounts(int heldArticles) => Index = new StoryIndex(heldArticles);

    /// <summary>The keys and sketches of the articles the run placed, held in memory (see <see cref="StoryIndex"/>).</summary>
    internal StoryIndex Index { get; }

    /// <summary>Sketched articles in the archive; -1 until read.</summary>
    internal int Articles { get; set; } = -1;

    internal void Load(long term, int docs) => _docs[term] = new Count { Docs = docs };

    internal int Docs(long term) => _docs.TryGetValue(term, out var count) ? count.Docs : 0;

    /// <summary>The IDF weight of a term (smoothed: a term in every article still weighs 1).</summary>
    internal double Idf(long term) => Math.Log((Articles + StoryTuning.PriorArticles + 1.0) / (Docs(term) + 1.0)) + 1.0;

    /// <summary>Whether a term is rare enough to count as shared evidence.</summary>
    internal bool IsInformative(long term) => Docs(term) <= (Articles + StoryTuning.PriorArticles) * StoryTuning.InformativeShare;

    internal void Change(ArticleSketch sketch, int delta)
    {
        foreach (var (term, _) in sketch.TermArray)
        {
            // One lookup a term: the count and whether it is already among the changes.
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_docs, term, out _);
            count.Docs = Math.Max(0, count.Docs + delta);
            if (!count.Dirty)
            {
                count.Dirty = true;
                _dirty.Add(term);
            }
        }
        Articles += delta;
    }

    /// <summary>The changed counts since the last call.</summary>
    internal List<(long Term, int Docs)> TakeChanges()
    {
        _dirty.Sort();
        var changes = new List<(long, int)>(_dirty.Count);
        foreach (var term in _dirty)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrNullRef(_docs, term);
            count.Dirty = false;
            changes.Add((term, count.Docs));
        }
        _dirty.Clear();
        return changes;
    }

    private struct Count
    {
        public int Docs;
        public bool Dirty;
    }
}
