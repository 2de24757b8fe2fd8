namespace NewsArchive.Stories;

/// <summary>
/// In how many sketched articles each lead term appears, for IDF weights: read whole from <c>StoryTerms</c> on first
/// use, changed in memory, written back by <see cref="StoryStore.FlushAsync"/> at the end of each batch. One
/// instance lives for one import run (or one re-parse or removal), so what it caches is never stale.
/// Each term gets a slot (an index into plain arrays) the first time it is met; a sketch's terms are turned into
/// slots once (<see cref="Resolve"/>), so weighing and counting them is array indexing, not a hash lookup a term
/// (those lookups were the largest single cost of placing an article at 100,000: docs/stories.md).
/// </summary>
public sealed class DocumentCounts
{
    /// <summary>Term → slot. Only the writer's thread adds; the loading threads look up (<see cref="Presolve"/>).</summary>
    private readonly TermSlotTable _slots = new();
    private int _slotCount;
    private readonly List<int> _dirty = [];
    private long[] _terms = new long[1024];
    private int[] _docs = new int[1024];
    private bool[] _isDirty = new bool[1024];
    // The focused article's terms (see TermWeights.Focus): marked by slot with the focus's stamp, with their weights.
    private int[] _mark = new int[1024];
    // The focus's stamp again where its term is informative too: what counting shared evidence asks, one read a term.
    private int[] _markInformative = new int[1024];
    private double[] _weight = new double[1024];
    private int _stamp;

    public DocumentCounts()
        : this(StoryTuning.RunIndexArticles)
    {
    }

    /// <summary>A run that holds at most <paramref name="heldArticles"/> articles in memory (tests: 0 asks the database for everything).</summary>
    internal DocumentCounts(int heldArticles)
        : this(heldArticles, Math.Min(heldArticles, StoryTuning.RunSketchArticles))
    {
    }

    /// <summary>
    /// A run that holds at most so many articles' keys and so many articles' sketches in memory, the sketches until its
    /// index holds <paramref name="releaseSketchesAt"/> articles.
    /// </summary>
    internal DocumentCounts(int heldArticles, int heldSketches, int releaseSketchesAt = StoryTuning.RunSketchReleaseArticles) =>
        (Index, Sketches) = (new StoryIndex(heldArticles), new HeldSketches(heldSketches, releaseSketchesAt));

    /// <summary>The keys and sketches of the articles the run placed, held in memory (see <see cref="StoryIndex"/>).</summary>
    internal StoryIndex Index { get; }

    /// <summary>The stored sketches of the run's first articles, held in memory (see <see cref="HeldSketches"/>).</summary>
    internal HeldSketches Sketches { get; }

    /// <summary>
    /// The run's stories in memory while articles are placed ahead of the writer (see <see cref="DeferredStories"/>):
    /// null until the run's first batch decides whether it can; then kept, stopped or not, to the end of the run.
    /// </summary>
    internal DeferredStories? Deferred { get; set; }

    /// <summary>Every article of the run is placed on the writer's thread (<see cref="StoryOptions.PlaceAhead"/> off).</summary>
    internal void NeverPlaceAhead()
    {
        Deferred = new DeferredStories();
        Deferred.Stop();
    }

    /// <summary>
    /// New articles the run may place (its files), at most the held sketches' share: a run that begins empty makes room
    /// for them at once (<see cref="StoryFinder.TryBeginDeferringAsync"/>) instead of growing its tables as it goes.
    /// </summary>
    internal int Expected { get; private set; }

    /// <summary>Tells the run how many files it imports (see <see cref="Expected"/>).</summary>
    internal void Expect(int files) => Expected = Math.Clamp(files, 0, Sketches.Capacity);

    /// <summary>Sketched articles in the archive; -1 until read.</summary>
    internal int Articles { get; set; } = -1;

    internal void Load(long term, int docs)
    {
        var slot = Slot(term);
        _docs[slot] = docs;
    }

    internal int Docs(long term) => _slots.Find(term) is var slot and >= 0 ? _docs[slot] : 0;

    /// <summary>The IDF weight of a term (smoothed: a term in every article still weighs 1).</summary>
    internal double Idf(long term) => IdfOf(Docs(term));

    internal double IdfAt(int slot) => IdfOf(_docs[slot]);

    internal int DocsAt(int slot) => _docs[slot];

    internal long TermAt(int slot) => _terms[slot];

    /// <summary>Whether a term is rare enough to count as shared evidence.</summary>
    internal bool IsInformative(long term) => InformativeDocs(Docs(term));

    internal bool IsInformativeAt(int slot) => InformativeDocs(_docs[slot]);

    private bool InformativeDocs(int docs) => docs <= (Articles + StoryTuning.PriorArticles) * StoryTuning.InformativeShare;

    private double IdfOf(int docs)
    {
        if ((uint)docs >= IdfMemoDocs)
        {
            return Idf(Articles, docs);
        }
        // Most of an article's terms are rare, and terms of one count share a weight while the article count stands:
        // the logarithm is taken once a count and article count (the same value as taking it again).
        if (_idfMemoArticles[docs] != Articles)
        {
            (_idfMemo[docs], _idfMemoArticles[docs]) = (Idf(Articles, docs), Articles);
        }
        return _idfMemo[docs];
    }

    private static double Idf(int articles, int docs) => Math.Log((articles + StoryTuning.PriorArticles + 1.0) / (docs + 1.0)) + 1.0;

    private const int IdfMemoDocs = 1024;
    private readonly double[] _idfMemo = new double[IdfMemoDocs];
    private readonly int[] _idfMemoArticles = CreateIdfMemoKeys();

    private static int[] CreateIdfMemoKeys()
    {
        var keys = new int[IdfMemoDocs];
        // No article count is int.MinValue (it starts at -1): nothing is memoised yet.
        Array.Fill(keys, int.MinValue);
        return keys;
    }

    /// <summary>The sketch's terms as slots (in its term order) and their count bytes; made once a sketch and run.</summary>
    internal (int[] Slots, byte[] Counts) Resolve(ArticleSketch sketch)
    {
        if (sketch.Owner == this)
        {
            return (sketch.Slots!, sketch.SlotCounts!);
        }
        var terms = sketch.TermArray;
        if (sketch.PresolvedBy == this)
        {
            // Looked up on a loading thread: only the terms new since then are left (-1) for this thread to add.
            var known = sketch.Slots!;
            for (var i = 0; i < known.Length; i++)
            {
                if (known[i] < 0)
                {
                    known[i] = Slot(terms[i].Term);
                }
            }
            (sketch.Owner, sketch.PresolvedBy) = (this, null);
            return (known, sketch.SlotCounts!);
        }
        var slots = new int[terms.Length];
        var counts = new byte[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            slots[i] = Slot(terms[i].Term);
            counts[i] = terms[i].Count;
        }
        (sketch.Slots, sketch.SlotCounts, sketch.Owner) = (slots, counts, this);
        return (slots, counts);
    }

    /// <summary>The sketch as a run holds it: its MinHash and its terms as slots (5 bytes a term instead of 16).</summary>
    internal ArticleSketch Compact(ArticleSketch sketch)
    {
        var (slots, counts) = Resolve(sketch);
        return sketch.IsCompact ? sketch : ArticleSketch.Compact(sketch.MinHashArray, slots, counts, this);
    }

    /// <summary>The terms of a held sketch, as <see cref="ArticleSketch.TermArray"/> gives them.</summary>
    internal (long Term, byte Count)[] Expand(int[] slots, byte[] counts)
    {
        var terms = new (long, byte)[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            terms[i] = (_terms[slots[i]], counts[i]);
        }
        return terms;
    }

    /// <summary>Forgets the marks of the last focus (<see cref="TermWeights.Focus"/>).</summary>
    internal void BeginFocus() => _stamp++;

    internal void Mark(int slot, double weight) => (_mark[slot], _markInformative[slot], _weight[slot]) = (_stamp, IsInformativeAt(slot) ? _stamp : 0, weight);

    /// <summary>Whether the slot is a term of the focus and informative (as <see cref="IsMarked"/> and <see cref="IsInformativeAt"/>, while the counts are unchanged since the focus).</summary>
    internal bool IsMarkedInformative(int slot) => _markInformative[slot] == _stamp;

    internal bool IsMarked(int slot) => _mark[slot] == _stamp;

    internal double MarkedWeight(int slot) => _weight[slot];

    internal void Change(ArticleSketch sketch, int delta)
    {
        foreach (var slot in Resolve(sketch).Slots)
        {
            _docs[slot] = Math.Max(0, _docs[slot] + delta);
            if (!_isDirty[slot])
            {
                _isDirty[slot] = true;
                _dirty.Add(slot);
            }
        }
        Articles += delta;
    }

    /// <summary>The changed counts since the last call, by term.</summary>
    internal List<(long Term, int Docs)> TakeChanges()
    {
        var changes = new List<(long, int)>(_dirty.Count);
        foreach (var slot in _dirty)
        {
            _isDirty[slot] = false;
            changes.Add((_terms[slot], _docs[slot]));
        }
        _dirty.Clear();
        changes.Sort();
        return changes;
    }

    /// <summary>
    /// On a loading thread: the sketch's terms looked up as they are known now (-1 for a term not yet met), so that
    /// the writer's thread, which alone adds terms and changes counts, only adds the new ones (<see cref="Resolve"/>).
    /// </summary>
    internal void Presolve(ArticleSketch sketch)
    {
        var terms = sketch.TermArray;
        var slots = new int[terms.Length];
        var counts = new byte[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            slots[i] = _slots.Find(terms[i].Term);
            counts[i] = terms[i].Count;
        }
        (sketch.Slots, sketch.SlotCounts, sketch.PresolvedBy) = (slots, counts, this);
    }

    /// <summary>The term's slot, added (writer's thread only) when new.</summary>
    private int Slot(long term)
    {
        var slot = _slots.Find(term);
        if (slot < 0)
        {
            slot = _slotCount++;
            if (slot == _terms.Length)
            {
                Array.Resize(ref _terms, _terms.Length * 2);
                Array.Resize(ref _docs, _docs.Length * 2);
                Array.Resize(ref _isDirty, _isDirty.Length * 2);
                Array.Resize(ref _mark, _mark.Length * 2);
                Array.Resize(ref _markInformative, _markInformative.Length * 2);
                Array.Resize(ref _weight, _weight.Length * 2);
            }
            _terms[slot] = term;
            _slots.Add(term, slot);
        }
        return slot;
    }
}
