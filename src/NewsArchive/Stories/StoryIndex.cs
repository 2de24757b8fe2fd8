using System.Runtime.InteropServices;

namespace NewsArchive.Stories;

/// <summary>
/// The lookup keys and stored sketches of the articles placed during one run (an import, a backfill), in memory, so
/// that placing an article asks SQLite nothing about them: at 100,000 articles the key lookups and candidate sketch
/// reads on <c>StoryKeys</c> and <c>StorySketches</c> were most of an import's story cost (docs/stories.md). The
/// database stays the whole truth (every key and sketch is written there too, for later runs); this index is a copy
/// of the run's part of it. When the archive had no sketches before the run and every article of the run fits
/// (<see cref="StoryTuning.RunIndexArticles"/>), it holds every key there is (<see cref="Complete"/>) and the database
/// is not asked at all; otherwise the database is asked too, and its rows of articles held here are skipped.
/// </summary>
internal sealed class StoryIndex(int capacity)
{
    /// <summary>Band key → its articles, a chain through <see cref="_bandEntries"/> (most band keys have one article).</summary>
    private readonly Dictionary<long, (int First, int Last)> _bands = [];
    /// <summary>Term key → its articles and their days, side by side in arrays (read in full by every lookup: contiguous is what makes it fast).</summary>
    private readonly Dictionary<long, TermRows> _terms = [];
    private readonly Dictionary<int, Held> _articles = [];
    private (int ArticleId, int Next)[] _bandEntries = new (int, int)[1024];
    private int _bandCount;
    private int _free = -1;
    private bool _released;

    /// <summary>Whether every key and sketch in the archive is held here (set when the run reads the archive's counts).</summary>
    public bool Complete { get; private set; }

    /// <summary>Called once a run, with how many sketched articles the archive had before it.</summary>
    public void Start(int archived) => Complete = archived == 0 && capacity > 0;

    /// <summary>Whether the article's keys and sketch are held here.</summary>
    public bool Holds(int articleId) => _articles.ContainsKey(articleId);

    /// <summary>
    /// Holds an article's sketch and keys; false (and the index no longer complete) when the run has held its share
    /// already: the caller then writes the keys to the database at once.
    /// </summary>
    public bool TryAdd(StoredSketch sketch, IEnumerable<long> bandKeys, IEnumerable<long> termKeys)
    {
        if (_released || _articles.Count >= capacity)
        {
            Complete = false;
            return false;
        }
        var id = sketch.ArticleId;
        _articles[id] = new Held(sketch.Day, sketch.Source, sketch.Sketch) { StoryId = sketch.StoryId, CopyOfId = sketch.CopyOfId };
        foreach (var key in bandKeys.Distinct())
        {
            var index = NewBandEntry(id);
            if (_bands.TryGetValue(key, out var chain))
            {
                _bandEntries[chain.Last].Next = index;
                _bands[key] = (chain.First, index);
            }
            else
            {
                _bands[key] = (index, index);
            }
        }
        foreach (var key in termKeys.Distinct())
        {
            ref var rows = ref CollectionsMarshal.GetValueRefOrAddDefault(_terms, key, out _);
            (rows ??= new TermRows()).Add(id, sketch.Day);
        }
        return true;
    }

    /// <summary>Whether <see cref="Release"/> has emptied the index for the rest of the run.</summary>
    public bool Released => _released;

    /// <summary>
    /// Empties the index for the rest of the run: once a run outgrows it, the database is asked for every candidate
    /// anyway, and keeping <see cref="StoryTuning.RunIndexArticles"/> articles' keys in memory beside it only costs
    /// memory (about 370 MB at 100,000). The caller must have written the held articles' keys to the database first.
    /// </summary>
    public void Release()
    {
        _released = true;
        Complete = false;
        _bands.Clear();
        _bands.TrimExcess();
        _terms.Clear();
        _terms.TrimExcess();
        _articles.Clear();
        _articles.TrimExcess();
        _bandEntries = [];
        _bandCount = 0;
        _free = -1;
    }

    /// <summary>Forgets an article (removed or about to be placed again): its keys are those its sketch gives.</summary>
    public void Remove(int articleId)
    {
        if (!_articles.Remove(articleId, out var held))
        {
            return;
        }
        var sketch = held.Sketch;
        foreach (var key in sketch.BandKeys().Distinct())
        {
            UnlinkBand(key, articleId);
        }
        foreach (var (term, _) in sketch.Terms)
        {
            var key = ArticleSketch.TermKey(term);
            if (_terms.TryGetValue(key, out var rows) && rows.Remove(articleId) && rows.Count == 0)
            {
                _terms.Remove(key);
            }
        }
    }

    /// <summary>The held article as stored (story and copy group as they are now), or null.</summary>
    public StoredSketch? Read(int articleId) => _articles.TryGetValue(articleId, out var h)
        ? new StoredSketch(articleId, h.Day, h.Source, h.StoryId, h.CopyOfId, h.Sketch)
        : null;

    public void SetStory(int articleId, int? storyId)
    {
        if (_articles.TryGetValue(articleId, out var held))
        {
            held.StoryId = storyId;
        }
    }

    public void SetCopyOf(int articleId, int? copyOfId)
    {
        if (_articles.TryGetValue(articleId, out var held))
        {
            held.CopyOfId = copyOfId;
        }
    }

    /// <summary>The first <paramref name="limit"/> held articles (in the order they were added) of each band key.</summary>
    public void BandCandidates(IEnumerable<long> bands, int limit, List<int> ids)
    {
        foreach (var band in bands)
        {
            if (!_bands.TryGetValue(band, out var chain))
            {
                continue;
            }
            for (var (i, taken) = (chain.First, 0); i >= 0 && taken < limit; i = _bandEntries[i].Next, taken++)
            {
                ids.Add(_bandEntries[i].ArticleId);
            }
        }
    }

    /// <summary>
    /// The (key, article) rows of the held articles sharing one of <paramref name="keys"/> within the day window
    /// (undated: any day), as <see cref="StoryStore.TermCandidatesAsync"/> reads them from the database.
    /// </summary>
    public void TermCandidates(IEnumerable<long> keys, int day, int maxRows, List<(long Key, int ArticleId)> rows)
    {
        foreach (var key in keys)
        {
            if (!_terms.TryGetValue(key, out var held))
            {
                continue;
            }
            var (ids, days) = (held.Ids, held.Days);
            for (var i = 0; i < held.Count && rows.Count < maxRows; i++)
            {
                var other = days[i];
                if (day == 0 || other == 0 || Math.Abs(other - day) <= StoryTuning.WindowDays)
                {
                    rows.Add((key, ids[i]));
                }
            }
        }
    }

    private int NewBandEntry(int articleId)
    {
        int index;
        if (_free >= 0)
        {
            index = _free;
            _free = _bandEntries[index].Next;
        }
        else
        {
            if (_bandCount == _bandEntries.Length)
            {
                Array.Resize(ref _bandEntries, _bandEntries.Length * 2);
            }
            index = _bandCount++;
        }
        _bandEntries[index] = (articleId, -1);
        return index;
    }

    private void UnlinkBand(long key, int articleId)
    {
        if (!_bands.TryGetValue(key, out var chain))
        {
            return;
        }
        var (first, last, previous) = (chain.First, chain.Last, -1);
        for (var i = first; i >= 0; previous = i, i = _bandEntries[i].Next)
        {
            if (_bandEntries[i].ArticleId != articleId)
            {
                continue;
            }
            var next = _bandEntries[i].Next;
            if (previous < 0)
            {
                first = next;
            }
            else
            {
                _bandEntries[previous].Next = next;
            }
            last = i == last ? previous : last;
            _bandEntries[i] = (0, _free);
            _free = i;
            break;
        }
        if (first < 0)
        {
            _bands.Remove(key);
        }
        else
        {
            _bands[key] = (first, last);
        }
    }

    /// <summary>The articles of one term key and their days, in the order added.</summary>
    private sealed class TermRows
    {
        public int[] Ids { get; private set; } = new int[2];
        public int[] Days { get; private set; } = new int[2];
        public int Count { get; private set; }

        public void Add(int id, int day)
        {
            if (Count == Ids.Length)
            {
                Ids = Grow(Ids);
                Days = Grow(Days);
            }
            (Ids[Count], Days[Count]) = (id, day);
            Count++;
        }

        public bool Remove(int id)
        {
            var at = Array.IndexOf(Ids, id, 0, Count);
            if (at < 0)
            {
                return false;
            }
            Array.Copy(Ids, at + 1, Ids, at, Count - at - 1);
            Array.Copy(Days, at + 1, Days, at, Count - at - 1);
            Count--;
            return true;
        }

        private static int[] Grow(int[] values)
        {
            var grown = new int[values.Length * 2];
            values.CopyTo(grown, 0);
            return grown;
        }
    }

    /// <summary>A held article: what its sketch row holds (the sketch as the run's counts hold it: 5 bytes a term, see <see cref="DocumentCounts.Compact"/>).</summary>
    private sealed class Held(int day, string? source, ArticleSketch sketch)
    {
        public int Day { get; } = day;
        public string? Source { get; } = source;
        public ArticleSketch Sketch { get; } = sketch;
        public int? StoryId { get; set; }
        public int? CopyOfId { get; set; }
    }
}
