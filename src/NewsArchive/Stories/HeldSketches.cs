namespace NewsArchive.Stories;

/// <summary>
/// The stored sketches of a run's first <see cref="StoryTuning.RunSketchArticles"/> articles, in a few arrays (an
/// arena: no object an article): the MinHash values side by side, the terms as slots of the run's counts with their
/// count bytes in chunked pools, and the day, story and copy group of each. A candidate's sketch read from here is a
/// copy (<see cref="DocumentCounts.Compact"/>'s form); one not held is read from <c>StorySketches</c>, which cost
/// more than twice the stories phase at 100,000 articles (docs/stories.md). About 0.63 KB an article (120 bytes of it the MinHash values). Let go whole
/// (<see cref="Release"/>) once the run's index is large (<see cref="StoryTuning.RunSketchReleaseArticles"/>).
/// </summary>
internal sealed class HeldSketches(int capacity, int releaseAt = StoryTuning.RunSketchReleaseArticles)
{
    private int _capacity = capacity;
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;

    /// <summary>Article id → its place here + 1 (0: not held).</summary>
    private int[] _place = new int[1024];
    private ushort[] _minHash = new ushort[64 * StoryTuning.Hashes];
    private int[] _day = new int[64], _story = new int[64], _copy = new int[64], _termStart = new int[64], _termCount = new int[64];
    private readonly List<int[]> _slotChunks = [];
    private readonly List<byte[]> _countChunks = [];
    private int _termTop;
    private int _count;

    /// <summary>Sketches it holds at most.</summary>
    public int Capacity => _capacity;

    /// <summary>
    /// Makes room for <paramref name="articles"/> sketches (at most the capacity) of articles 1 to that, so a run
    /// filling them does not double its arrays as it goes (each growth left the old ones to the collector).
    /// </summary>
    public void Reserve(int articles)
    {
        var n = Math.Min(articles, _capacity);
        if (n <= _day.Length || Released)
        {
            return;
        }
        Grow(n);
        if (n + 1 > _place.Length)
        {
            Array.Resize(ref _place, n + 1);
        }
    }

    /// <summary>Sketches held (removed ones included: their room is not reused).</summary>
    public int Count => _count;

    /// <summary>Bytes of the arrays.</summary>
    public long Bytes => (_place.Length * 4L) + (_minHash.Length * 2L) + (_day.Length * 20L) + ((long)_slotChunks.Count * ChunkSize * 5);

    public bool Holds(int articleId) => articleId > 0 && articleId < _place.Length && _place[articleId] != 0;

    /// <summary>Holds the sketch (its terms as the run's slots); false when the run has held its share already.</summary>
    public bool TryAdd(int articleId, int day, int? storyId, int? copyOfId, ushort[] minHash, int[] slots, byte[] counts)
    {
        if (_count >= _capacity || articleId <= 0 || Holds(articleId) || slots.Length > ChunkSize
            || (minHash.Length != 0 && minHash.Length != StoryTuning.Hashes))
        {
            return false;
        }
        var place = _count;
        if (place == _day.Length)
        {
            // Doubled, but never past the capacity (the MinHash array alone is 120 bytes an article).
            Grow(Math.Max(Math.Min(_day.Length * 2, _capacity), place + 1));
        }
        if (articleId >= _place.Length)
        {
            Array.Resize(ref _place, Math.Max(_place.Length * 2, articleId + 1));
        }
        if ((_termTop & (ChunkSize - 1)) + slots.Length > ChunkSize)
        {
            // A sketch's terms never straddle two chunks.
            _termTop = ((_termTop >> ChunkBits) + 1) << ChunkBits;
        }
        if ((_termTop >> ChunkBits) == _slotChunks.Count)
        {
            _slotChunks.Add(new int[ChunkSize]);
            _countChunks.Add(new byte[ChunkSize]);
        }
        var (chunk, at) = (_termTop >> ChunkBits, _termTop & (ChunkSize - 1));
        slots.CopyTo(_slotChunks[chunk], at);
        counts.AsSpan(0, slots.Length).CopyTo(_countChunks[chunk].AsSpan(at));
        (_termStart[place], _termCount[place]) = (_termTop, slots.Length);
        _termTop += slots.Length;
        // A body of fewer than five words has no MinHash: marked by a negative day stored beside it.
        minHash.CopyTo(_minHash, place * StoryTuning.Hashes);
        _day[place] = minHash.Length == 0 ? -day - 1 : day;
        (_story[place], _copy[place]) = (storyId ?? 0, copyOfId ?? 0);
        _place[articleId] = place + 1;
        _count++;
        return true;
    }

    /// <summary>The arrays of one value a sketch, made <paramref name="length"/> sketches long.</summary>
    private void Grow(int length)
    {
        Array.Resize(ref _day, length);
        Array.Resize(ref _story, length);
        Array.Resize(ref _copy, length);
        Array.Resize(ref _termStart, length);
        Array.Resize(ref _termCount, length);
        Array.Resize(ref _minHash, length * StoryTuning.Hashes);
    }

    /// <summary>The held sketch as stored (story and copy group as they are now), its terms slots of <paramref name="owner"/>; null when not held.</summary>
    public StoredSketch? Read(int articleId, DocumentCounts owner)
    {
        if (!Holds(articleId))
        {
            return null;
        }
        var place = _place[articleId] - 1;
        var day = _day[place];
        var minHash = day < 0 ? [] : _minHash.AsSpan(place * StoryTuning.Hashes, StoryTuning.Hashes).ToArray();
        var (start, length) = (_termStart[place], _termCount[place]);
        var (chunk, at) = (start >> ChunkBits, start & (ChunkSize - 1));
        var sketch = ArticleSketch.Compact(minHash, _slotChunks[chunk].AsSpan(at, length).ToArray(), _countChunks[chunk].AsSpan(at, length).ToArray(), owner);
        return new StoredSketch(articleId, day < 0 ? -day - 1 : day, NullIfZero(_story[place]), NullIfZero(_copy[place]), sketch);
    }

    /// <summary>
    /// The held sketch read in place (no copy): its day, MinHash (empty when it has none) and term slots with their count
    /// bytes, valid until the next sketch is added; false when not held. Candidates are compared through this, and only a
    /// match is read as a <see cref="StoredSketch"/> (<see cref="Read"/>): the copies were most of what placing allocated.
    /// </summary>
    public bool TryView(int articleId, out int day, out ReadOnlySpan<ushort> minHash, out ReadOnlySpan<int> slots, out ReadOnlySpan<byte> counts)
    {
        if (!Holds(articleId))
        {
            day = 0;
            minHash = default;
            slots = default;
            counts = default;
            return false;
        }
        var place = _place[articleId] - 1;
        day = _day[place];
        minHash = day < 0 ? default : _minHash.AsSpan(place * StoryTuning.Hashes, StoryTuning.Hashes);
        day = day < 0 ? -day - 1 : day;
        var (start, length) = (_termStart[place], _termCount[place]);
        var (chunk, at) = (start >> ChunkBits, start & (ChunkSize - 1));
        slots = _slotChunks[chunk].AsSpan(at, length);
        counts = _countChunks[chunk].AsSpan(at, length);
        return true;
    }

    /// <summary>A held sketch's story (null: none) and day; false when not held.</summary>
    public bool TryStoryOf(int articleId, out int? storyId, out int day)
    {
        if (!Holds(articleId))
        {
            (storyId, day) = (null, 0);
            return false;
        }
        var place = _place[articleId] - 1;
        (storyId, day) = (NullIfZero(_story[place]), _day[place] < 0 ? -_day[place] - 1 : _day[place]);
        return true;
    }

    public void SetStory(int articleId, int? storyId)
    {
        if (Holds(articleId))
        {
            _story[_place[articleId] - 1] = storyId ?? 0;
        }
    }

    public void SetCopyOf(int articleId, int? copyOfId)
    {
        if (Holds(articleId))
        {
            _copy[_place[articleId] - 1] = copyOfId ?? 0;
        }
    }

    /// <summary>Articles in the run's index from which the sketches are let go (<see cref="StoryTuning.RunSketchReleaseArticles"/>).</summary>
    public int ReleaseAt => releaseAt;

    /// <summary>Whether the sketches were let go (<see cref="Release"/>): none is held, and none will be.</summary>
    public bool Released { get; private set; }

    /// <summary>
    /// Lets every held sketch go, and holds no more: their arrays are left to the collector, and each candidate is read
    /// from <c>StorySketches</c>, which holds what they held (a story or copy group set here is set there too).
    /// </summary>
    public void Release()
    {
        if (Released)
        {
            return;
        }
        Released = true;
        _capacity = 0;
        _count = 0;
        _termTop = 0;
        _place = [];
        _minHash = [];
        (_day, _story, _copy, _termStart, _termCount) = ([], [], [], [], []);
        _slotChunks.Clear();
        _slotChunks.TrimExcess();
        _countChunks.Clear();
        _countChunks.TrimExcess();
    }

    /// <summary>Forgets a sketch (its room stays taken).</summary>
    public void Remove(int articleId)
    {
        if (Holds(articleId))
        {
            _place[articleId] = 0;
        }
    }

    private static int? NullIfZero(int value) => value == 0 ? null : value;
}
