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
internal sealed class StoryIndex
{
    private readonly Dictionary<long, (int First, int Last)> _chains = [];
    private readonly Dictionary<int, Held> _articles = [];
    private Entry[] _entries = new Entry[1024];
    private int _count;
    private int _free = -1;

    /// <summary>Whether every key and sketch in the archive is held here (set when the run reads the archive's counts).</summary>
    public bool Complete { get; private set; }

    /// <summary>Called once a run, with how many sketched articles the archive had before it.</summary>
    public void Start(int archived) => Complete = archived == 0;

    /// <summary>Whether the article's keys and sketch are held here.</summary>
    public bool Holds(int articleId) => _articles.ContainsKey(articleId);

    /// <summary>
    /// Holds an article's sketch and keys (distinct); false (and the index no longer complete) when the run has held
    /// its share already: the caller then writes the keys to the database at once.
    /// </summary>
    public bool TryAdd(StoredSketch sketch, byte[] minHash, byte[] terms, (long Key, int Day)[] keys)
    {
        if (_articles.Count >= StoryTuning.RunIndexArticles)
        {
            Complete = false;
            return false;
        }
        _articles[sketch.ArticleId] = new Held(sketch.Day, sketch.Source, minHash, terms, keys) { StoryId = sketch.StoryId, CopyOfId = sketch.CopyOfId };
        foreach (var (key, day) in keys)
        {
            var index = NewEntry(sketch.ArticleId, day);
            _chains[key] = _chains.TryGetValue(key, out var chain) ? (chain.First, Link(chain.Last, index)) : (index, index);
        }
        return true;
    }

    /// <summary>Forgets an article (removed or about to be placed again).</summary>
    public void Remove(int articleId)
    {
        if (!_articles.Remove(articleId, out var held))
        {
            return;
        }
        foreach (var (key, _) in held.Keys)
        {
            Unlink(key, articleId);
        }
    }

    /// <summary>The held article as stored (story and copy group as they are now), or null.</summary>
    public StoredSketch? Read(int articleId) => _articles.TryGetValue(articleId, out var h)
        ? new StoredSketch(articleId, h.Day, h.Source, h.StoryId, h.CopyOfId, ArticleSketch.FromStored(h.MinHash, h.Terms))
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
            var taken = 0;
            for (var i = First(band); i >= 0 && taken < limit; i = _entries[i].Next)
            {
                if (_entries[i].Day == 0)
                {
                    ids.Add(_entries[i].ArticleId);
                    taken++;
                }
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
            for (var i = First(key); i >= 0 && rows.Count < maxRows; i = _entries[i].Next)
            {
                var other = _entries[i].Day;
                if (day == 0 || other == 0 || Math.Abs(other - day) <= StoryTuning.WindowDays)
                {
                    rows.Add((key, _entries[i].ArticleId));
                }
            }
        }
    }

    private int First(long key) => _chains.TryGetValue(key, out var chain) ? chain.First : -1;

    private int NewEntry(int articleId, int day)
    {
        int index;
        if (_free >= 0)
        {
            index = _free;
            _free = _entries[index].Next;
        }
        else
        {
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, _entries.Length * 2);
            }
            index = _count++;
        }
        _entries[index] = new Entry(articleId, day, -1);
        return index;
    }

    private int Link(int last, int index)
    {
        _entries[last].Next = index;
        return index;
    }

    private void Unlink(long key, int articleId)
    {
        if (!_chains.TryGetValue(key, out var chain))
        {
            return;
        }
        var (first, last, previous) = (chain.First, chain.Last, -1);
        for (var i = first; i >= 0; previous = i, i = _entries[i].Next)
        {
            if (_entries[i].ArticleId != articleId)
            {
                continue;
            }
            var next = _entries[i].Next;
            if (previous < 0)
            {
                first = next;
            }
            else
            {
                _entries[previous].Next = next;
            }
            last = i == last ? previous : last;
            _entries[i] = new Entry(0, 0, _free);
            _free = i;
            break;
        }
        if (first < 0)
        {
            _chains.Remove(key);
        }
        else
        {
            _chains[key] = (first, last);
        }
    }

    /// <summary>One key of one article; <see cref="Next"/> the next article of the same key (-1: none), in the order added.</summary>
    private struct Entry(int articleId, int day, int next)
    {
        public readonly int ArticleId = articleId;
        public readonly int Day = day;
        public int Next = next;
    }

    /// <summary>A held article: what its sketch row holds (the sketch in its stored form: 9 bytes a term), and its keys.</summary>
    private sealed class Held(int day, string? source, byte[] minHash, byte[] terms, (long Key, int Day)[] keys)
    {
        public int Day { get; } = day;
        public string? Source { get; } = source;
        public byte[] MinHash { get; } = minHash;
        public byte[] Terms { get; } = terms;
        public (long Key, int Day)[] Keys { get; } = keys;
        public int? StoryId { get; set; }
        public int? CopyOfId { get; set; }
    }
}
