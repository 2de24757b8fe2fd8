namespace NewsArchive.Stories;

/// <summary>
/// The lookup keys of the archive's articles, in memory, so that finding an article's candidates asks SQLite nothing
/// about them: at 100,000 articles the key lookups on <c>StoryKeys</c> were most of an import's story cost, and writing
/// those rows (about 22 an article, at random places in a B-tree) a large part of its commit (docs/stories.md). An
/// article's keys are stored as one row of <c>StoryKeySets</c>, which a run loads here when it first places an article
/// (<see cref="StoryStore.LoadIndex"/>); the articles it places are added as it goes. The keys are held in a few
/// flat arrays (<see cref="BandKeyTable"/>, <see cref="TermKeyTable"/>: about 0.4 KB an article, no object an article),
/// up to <see cref="StoryTuning.RunIndexArticles"/> articles; past that (and for the articles stored before key sets
/// existed) an article's keys are rows of <c>StoryKeys</c>, which are then asked too (their rows of articles held here
/// skipped). The candidates' sketches are held apart (<see cref="HeldSketches"/>, for fewer articles) or read by id from
/// <c>StorySketches</c>. When <c>StoryKeys</c> is empty and every key set fits, the index holds every key there is
/// (<see cref="Complete"/>) and the key table is not asked at all.
/// </summary>
internal sealed class StoryIndex(int capacity)
{
    private BandKeyTable _bands = new();
    private TermKeyTable _terms = new();
    /// <summary>Held articles, a bit an article id.</summary>
    private ulong[] _held = new ulong[1024];
    /// <summary>Whether an article was not taken (the index full, or one of its term keys): its keys are in <c>StoryKeys</c>.</summary>
    private bool _missed;

    /// <summary>Whether every key in the archive is held here (set when the archive's key sets are loaded, cleared when one does not fit).</summary>
    public bool Complete { get; private set; }

    /// <summary>Whether the archive's key sets have been loaded (once a run, see <see cref="StoryStore.LoadIndex"/>).</summary>
    public bool Loaded { get; private set; }

    /// <summary>Articles held.</summary>
    public int Count { get; private set; }

    /// <summary>Bytes of the held keys' arrays (for the docs' memory figures and the tests).</summary>
    public long Bytes => _bands.Bytes + _terms.Bytes + (_held.Length * 8L);

    /// <summary>Called once a run, when the archive's key sets are loaded: complete when <c>StoryKeys</c> had no rows and every set fit.</summary>
    public void FinishLoad(bool keyRows)
    {
        Loaded = true;
        Complete = !keyRows && !_missed && capacity > 0;
    }

    /// <summary>Makes room for the key sets of about <paramref name="articles"/> articles before they are loaded (see <see cref="BandKeyTable.Reserve"/>).</summary>
    public void Reserve(int articles) => _bands.Reserve((long)Math.Min(articles, capacity) * StoryTuning.Bands);

    /// <summary>Whether the article's keys are held here.</summary>
    public bool Holds(int articleId) =>
        articleId > 0 && (articleId >> 6) < _held.Length && (_held[articleId >> 6] & (1UL << articleId)) != 0;

    /// <summary>
    /// Holds an article's keys; false (and the index no longer complete) when it holds <see cref="StoryTuning.RunIndexArticles"/>
    /// already (or one of the term keys is full: <see cref="TermKeyTable.ChunkBits"/>): the caller then writes the keys
    /// as rows of <c>StoryKeys</c>.
    /// </summary>
    public bool TryAdd(int articleId, int day, IReadOnlyList<long> bandKeys, IReadOnlyList<long> termKeys)
    {
        if (Count >= capacity || articleId <= 0 || Holds(articleId) || !termKeys.All(_terms.CanAdd))
        {
            (Complete, _missed) = (false, true);
            return false;
        }
        for (var i = 0; i < bandKeys.Count; i++)
        {
            if (!Repeats(bandKeys, i))
            {
                _bands.Add(bandKeys[i], articleId);
            }
        }
        for (var i = 0; i < termKeys.Count; i++)
        {
            if (!Repeats(termKeys, i))
            {
                _terms.Add(termKeys[i], articleId, day);
            }
        }
        if ((articleId >> 6) >= _held.Length)
        {
            Array.Resize(ref _held, Math.Max(_held.Length * 2, (articleId >> 6) + 1));
        }
        _held[articleId >> 6] |= 1UL << articleId;
        Count++;
        return true;
    }

    /// <summary>Whether <paramref name="keys"/>[<paramref name="i"/>] is one of the keys before it.</summary>
    private static bool Repeats(IReadOnlyList<long> keys, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (keys[j] == keys[i])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Forgets an article (removed or about to be placed again) by its keys: the caller gives those its stored sketch
    /// gives, its band keys and a term key for each of its lead terms (its key terms are among them), as the
    /// database's are deleted.
    /// </summary>
    public void Remove(int articleId, IEnumerable<long> bandKeys, IEnumerable<long> termKeys)
    {
        if (!Holds(articleId))
        {
            return;
        }
        foreach (var key in bandKeys)
        {
            _bands.Remove(key, articleId);
        }
        foreach (var key in termKeys)
        {
            _terms.Remove(key, articleId);
        }
        _held[articleId >> 6] &= ~(1UL << articleId);
        Count--;
    }

    /// <summary>The first <paramref name="limit"/> held articles (in the order they were added) of each band key.</summary>
    public void BandCandidates(IEnumerable<long> bands, int limit, List<int> ids)
    {
        foreach (var band in bands)
        {
            _bands.Find(band, limit, ids);
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
            if (rows.Count >= maxRows)
            {
                return;
            }
            _terms.Find(key, day, maxRows, rows);
        }
    }
}
