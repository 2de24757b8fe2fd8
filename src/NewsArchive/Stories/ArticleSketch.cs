using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace NewsArchive.Stories;

/// <summary>
/// What the story finder compares: the MinHash signature of the body's word 5-grams (copies) and the terms of the
/// title and lead with their counts (same story). Pure: computed where the article is parsed, off the writer's thread.
/// </summary>
public sealed class ArticleSketch
{
    private (long Term, byte Count)[]? _terms;
    private readonly ushort[] _minHash;

    private ArticleSketch(ushort[] minHash, (long Term, byte Count)[] terms)
    {
        _minHash = minHash;
        _terms = terms;
    }

    /// <summary>A held sketch (see <see cref="DocumentCounts.Compact"/>): its terms as slots of one run's counts, 5 bytes a term.</summary>
    private ArticleSketch(ushort[] minHash, int[] slots, byte[] counts, DocumentCounts owner)
    {
        _minHash = minHash;
        Slots = slots;
        SlotCounts = counts;
        Owner = owner;
    }

    /// <summary><see cref="StoryTuning.Hashes"/> values of <see cref="StoryTuning.ValueBits"/> bits (<see cref="MinHasher"/>), or empty for a body of fewer than five words.</summary>
    public IReadOnlyList<ushort> MinHash => _minHash;

    /// <summary>The signature as an array (the comparisons' loops index it directly).</summary>
    internal ushort[] MinHashArray => _minHash;

    /// <summary>The terms as slots of <see cref="Owner"/>'s counts, in the order of <see cref="TermArray"/> (set by <see cref="DocumentCounts.Resolve"/>).</summary>
    internal int[]? Slots { get; set; }

    /// <summary>The count bytes of the terms, beside <see cref="Slots"/>.</summary>
    internal byte[]? SlotCounts { get; set; }

    /// <summary>The run's counts the slots belong to.</summary>
    internal DocumentCounts? Owner { get; set; }

    /// <summary>The run's counts whose known terms <see cref="Slots"/> holds, looked up on a loading thread (-1: new then).</summary>
    internal DocumentCounts? PresolvedBy { get; set; }

    /// <summary>The band keys, computed once where the sketch is computed (the loading threads).</summary>
    internal long[] BandKeyArray => _bandKeys ??= ComputeBandKeys();

    private long[]? _bandKeys;

    /// <summary>Distinct lead terms by hash, each with its count (capped at 127) and, in the high bit (<see cref="NameBit"/>), whether it is a name.</summary>
    public IReadOnlyList<(long Term, byte Count)> Terms => TermArray;

    /// <summary>The terms, sorted by hash, as an array (the comparisons' loops index it directly).</summary>
    internal (long Term, byte Count)[] TermArray => _terms ?? Owner!.Expand(Slots!, SlotCounts!);

    /// <summary>Whether the terms are held as slots only (a held sketch).</summary>
    internal bool IsCompact => _terms is null;

    internal static ArticleSketch Compact(ushort[] minHash, int[] slots, byte[] counts, DocumentCounts owner) => new(minHash, slots, counts, owner);

    /// <summary>Computes the sketch on a loading thread and looks its terms up in the run's counts (<see cref="DocumentCounts.Presolve"/>).</summary>
    internal static ArticleSketch Compute(string title, string body, DocumentCounts run)
    {
        var sketch = Compute(title, body);
        run.Presolve(sketch);
        return sketch;
    }

    public static ArticleSketch Compute(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        // The counting table and the MinHash state are the loading thread's own, reused (a new table an article,
        // grown term by term, was most of what finding stories allocated).
        var scratch = t_scratch ??= new Scratch();
        var counts = scratch.Counts;
        counts.Clear();
        // Not names from the title: headlines are often in title case, every word capitalised.
        var titleWords = new TitleWords(counts);
        StoryText.Words(title, ref titleWords);
        var shingles = scratch.Shingles;
        shingles.Reset();
        var bodyWords = new BodyWords(counts, shingles);
        StoryText.Words(body, ref bodyWords);
        // By hash (the keys are distinct): an array sort, not LINQ's ordering (the sketch runs for every article).
        if (scratch.Hashes.Length < counts.Count)
        {
            scratch.Hashes = new long[Math.Max(counts.Count, scratch.Hashes.Length * 2)];
        }
        var hashes = scratch.Hashes.AsSpan(0, counts.Count);
        var terms = new (long Term, byte Count)[counts.Count];
        var at = 0;
        foreach (var (term, value) in counts)
        {
            hashes[at] = term;
            terms[at++] = (term, (byte)(Math.Min(value & ~NameFlag, 127) | ((value & NameFlag) != 0 ? NameBit : 0)));
        }
        hashes.Sort(terms.AsSpan());
        var sketch = new ArticleSketch(shingles.Signature(), terms);
        // Pure work, here on the loading thread rather than on the writer's: the band keys and the stored forms.
        sketch._bandKeys = sketch.ComputeBandKeys();
        sketch._stored = (sketch.StoredMinHash(), sketch.StoredTerms());
        return sketch;
    }

    private (byte[] MinHash, byte[] Terms)? _stored;

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>A thread's reused state for <see cref="Compute(string, string)"/>.</summary>
    private sealed class Scratch
    {
        public Dictionary<long, int> Counts { get; } = new(256);
        public MinHasher Shingles { get; } = new();
        public long[] Hashes { get; set; } = new long[256];
    }

    /// <summary>The stored forms (<see cref="Codec"/>), made on the loading thread when computed there; handed over once.</summary>
    internal (byte[] MinHash, byte[] Terms) TakeStored()
    {
        var stored = _stored ?? (StoredMinHash(), StoredTerms());
        _stored = null;
        return stored;
    }

    internal static ArticleSketch FromStored(ReadOnlySpan<byte> minHash, ReadOnlySpan<byte> terms) => new(Codec.ReadMinHash(minHash), Codec.ReadTerms(terms));

    internal byte[] StoredMinHash() => Codec.WriteMinHash(_minHash);

    internal byte[] StoredTerms() => Codec.WriteTerms(TermArray);

    /// <summary>The estimated Jaccard similarity of the two bodies' shingle sets (0 when either has none).</summary>
    public double Jaccard(ArticleSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Jaccard(other._minHash);
    }

    /// <summary>As <see cref="Jaccard(ArticleSketch)"/>, against another sketch's MinHash values (a held one's, read in place).</summary>
    internal double Jaccard(ReadOnlySpan<ushort> y)
    {
        var x = _minHash;
        if (x.Length == 0 || y.Length != x.Length)
        {
            return 0;
        }
        var same = 0;
        for (var i = 0; i < x.Length; i++)
        {
            same += x[i] == y[i] ? 1 : 0;
        }
        return Estimate(same, x.Length);
    }

    /// <summary>As <see cref="Jaccard(ReadOnlySpan{ushort})"/>, against a MinHash in its stored form (<see cref="Codec.WriteMinHash"/>), read in place.</summary>
    internal double JaccardStored(ReadOnlySpan<byte> stored)
    {
        var x = _minHash;
        if (x.Length == 0 || stored.Length != x.Length * 2)
        {
            return 0;
        }
        var same = 0;
        for (var i = 0; i < x.Length; i++)
        {
            same += x[i] == BinaryPrimitives.ReadUInt16LittleEndian(stored[(i * 2)..]) ? 1 : 0;
        }
        return Estimate(same, x.Length);
    }

    /// <summary>
    /// The Jaccard estimate from the values that agree: two b-bit values of different minimums still agree with
    /// probability 2^-b, so P(agree) = J + (1 - J) 2^-b, solved for J (Li and König 2010); never below 0.
    /// </summary>
    internal static double Estimate(int same, int values)
    {
        const double chance = 1.0 / (1 << StoryTuning.ValueBits);
        return Math.Max(0, ((same / (double)values) - chance) / (1 - chance));
    }

    /// <summary>The LSH band keys: a pair sharing one is a candidate copy.</summary>
    public IEnumerable<long> BandKeys() => BandKeyArray;

    private long[] ComputeBandKeys()
    {
        if (_minHash.Length == 0)
        {
            return [];
        }
        var keys = new long[StoryTuning.Bands];
        for (var band = 0; band < StoryTuning.Bands; band++)
        {
            var key = StoryText.Mix(0x5bd1e995UL + (ulong)band);
            for (var row = 0; row < StoryTuning.RowsPerBand; row++)
            {
                key = StoryText.Mix(key ^ _minHash[(band * StoryTuning.RowsPerBand) + row]);
            }
            keys[band] = (long)key;
        }
        return keys;
    }

    /// <summary>A term's lookup key (kept apart from band keys by a salt).</summary>
    public static long TermKey(long term) => (long)StoryText.Mix((ulong)term ^ 0x9e3779b97f4a7c15UL);

    /// <summary>Set in a term's count byte when the term is a name.</summary>
    public const byte NameBit = 0x80;

    private const int NameFlag = 1 << 30;

    private static void Count(Dictionary<long, int> counts, ulong hash, bool term, int weight, bool name = false)
    {
        if (term)
        {
            // A term is the high 32 bits of its mixed hash (StoryTuning.TermBits): 4 bytes stored, not 8.
            ref var value = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, (long)(StoryText.Mix(hash) >> (64 - StoryTuning.TermBits)), out _);
            value = value + weight | (name ? NameFlag : 0);
        }
    }

    /// <summary>The title's terms, counted <see cref="StoryTuning.TitleWeight"/> times.</summary>
    private readonly struct TitleWords(Dictionary<long, int> counts) : StoryText.IWordSink
    {
        public void Word(ulong hash, bool term, bool capital) => Count(counts, hash, term, StoryTuning.TitleWeight);
    }

    /// <summary>
    /// The body's words: every one into the shingles; the lead's terms counted, and two capitalised terms in a row
    /// ("Dmitry Peskov") make a name, a term of its own: rarer than either word.
    /// </summary>
    private struct BodyWords(Dictionary<long, int> counts, MinHasher shingles) : StoryText.IWordSink
    {
        private ulong _previous;
        private int _lead;

        public void Word(ulong hash, bool term, bool capital)
        {
            shingles.Add(hash);
            if (_lead++ < StoryTuning.LeadWords)
            {
                Count(counts, hash, term, 1);
                var capitalTerm = term && capital;
                if (capitalTerm && _previous != 0)
                {
                    Count(counts, StoryText.Mix(_previous ^ StoryText.Mix(hash)), true, 1, name: true);
                }
                _previous = capitalTerm ? hash : 0;
            }
        }
    }

    /// <summary>
    /// One-permutation MinHash (Shrivastava and Li 2014) of the 5-grams of the words added: each shingle is hashed
    /// once, the hash's high part picks one of <see cref="StoryTuning.Hashes"/> bins and its low 32 bits are the value
    /// whose minimum the bin keeps; a bin no shingle fell in borrows the value of a non-empty bin picked by its own
    /// probe sequence (optimal densification, Shrivastava 2017), so two bodies' bins agree with probability their
    /// Jaccard similarity. Of each minimum the low <see cref="StoryTuning.ValueBits"/> bits are kept (b-bit minwise
    /// hashing, Li and König 2010). One hash a shingle instead of one a value: the 60 values an evaluation each were
    /// most of the sketch's cost.
    /// </summary>
    internal sealed class MinHasher
    {
        private const int Bins = StoryTuning.Hashes;
        private const int Window = StoryTuning.ShingleWords;

        private readonly ulong[] _window = new ulong[Window];
        private readonly uint[] _min = new uint[Bins];

        /// <summary>Bit i set: bin i has a shingle (60 bins fit one word).</summary>
        private ulong _filled;
        private int _words;

        /// <summary>Where the next word goes in the ring <see cref="_window"/>: after a word, its oldest (no division a word).</summary>
        private int _next;

        public void Reset()
        {
            Array.Fill(_min, uint.MaxValue);
            _filled = 0;
            _words = 0;
            _next = 0;
        }

        public void Add(ulong word)
        {
            var window = _window;
            window[_next] = word;
            _next = _next == Window - 1 ? 0 : _next + 1;
            if (++_words < Window)
            {
                return;
            }
            // The window's words oldest first (the position of the next word is the oldest's).
            var shingle = ShingleSeed;
            for (int i = 0, at = _next; i < Window; i++, at = at == Window - 1 ? 0 : at + 1)
            {
                shingle = (shingle ^ window[at]) * ShingleMultiplier;
            }
            AddShingle(StoryText.Mix(shingle));
        }

        /// <summary>Adds one shingle by its (well-mixed) hash: its bin from the high part, its value the low 32 bits.</summary>
        internal void AddShingle(ulong hash)
        {
            var bin = (int)Math.BigMul(hash, (ulong)Bins, out _);
            _min[bin] = Math.Min(_min[bin], (uint)hash);
            _filled |= 1UL << bin;
        }

        /// <summary>The hash of the shingle of five words, oldest first (tests check the ring against it).</summary>
        internal static ulong ShingleHash(ReadOnlySpan<ulong> words)
        {
            var shingle = ShingleSeed;
            foreach (var word in words)
            {
                shingle = (shingle ^ word) * ShingleMultiplier;
            }
            return StoryText.Mix(shingle);
        }

        private const ulong ShingleSeed = 0x2545F4914F6CDD1DUL;
        private const ulong ShingleMultiplier = 0x9E3779B97F4A7C15UL;

        /// <summary>The signature: empty with no shingle (under five words); else every bin's minimum (densified), its low bits kept.</summary>
        public ushort[] Signature()
        {
            if (_filled == 0)
            {
                return [];
            }
            var signature = new ushort[Bins];
            for (var bin = 0; bin < Bins; bin++)
            {
                signature[bin] = (ushort)_min[Donor(bin, _filled)];
            }
            return signature;
        }

        /// <summary>
        /// The bin whose minimum bin <paramref name="bin"/> takes: itself when filled, else the first filled bin of its
        /// own probe sequence (the same for every body, so two bodies borrow alike). At least one bin is filled.
        /// </summary>
        internal static int Donor(int bin, ulong filled)
        {
            if ((filled >> bin & 1) != 0)
            {
                return bin;
            }
            var probe = StoryText.Mix(0x6A09E667F3BCC909UL + (ulong)bin);
            for (var attempt = 0; attempt < 256; attempt++)
            {
                probe = StoryText.Mix(probe + 0x9E3779B97F4A7C15UL);
                var other = (int)Math.BigMul(probe, (ulong)Bins, out _);
                if ((filled >> other & 1) != 0)
                {
                    return other;
                }
            }
            // Reached only when few bins are filled: a body of five words fills one bin, which all 256 probes miss with
            // probability (59/60)^256, about 1.4 % an empty bin. The first filled bin: still the same for every body with these filled bins.
            return System.Numerics.BitOperations.TrailingZeroCount(filled);
        }
    }
}
