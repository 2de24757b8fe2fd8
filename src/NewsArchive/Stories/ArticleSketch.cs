using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NewsArchive.Stories;

/// <summary>
/// What the story finder compares: the MinHash signature of the body's word 5-grams (copies) and the terms of the
/// title and lead with their counts (same story). Pure: computed where the article is parsed, off the writer's thread.
/// </summary>
public sealed class ArticleSketch
{
    private (long Term, byte Count)[]? _terms;
    private readonly uint[] _minHash;

    private ArticleSketch(uint[] minHash, (long Term, byte Count)[] terms)
    {
        _minHash = minHash;
        _terms = terms;
    }

    /// <summary>A held sketch (see <see cref="DocumentCounts.Compact"/>): its terms as slots of one run's counts, 5 bytes a term.</summary>
    private ArticleSketch(uint[] minHash, int[] slots, byte[] counts, DocumentCounts owner)
    {
        _minHash = minHash;
        Slots = slots;
        SlotCounts = counts;
        Owner = owner;
    }

    /// <summary><see cref="StoryTuning.Hashes"/> values, or empty for a body of fewer than five words.</summary>
    public IReadOnlyList<uint> MinHash => _minHash;

    /// <summary>The signature as an array (the comparisons' loops index it directly).</summary>
    internal uint[] MinHashArray => _minHash;

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

    internal static ArticleSketch Compact(uint[] minHash, int[] slots, byte[] counts, DocumentCounts owner) => new(minHash, slots, counts, owner);

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
    internal double Jaccard(ReadOnlySpan<uint> y)
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
        return same / (double)x.Length;
    }

    /// <summary>As <see cref="Jaccard(ReadOnlySpan{uint})"/>, against a MinHash in its stored form (<see cref="Codec.WriteMinHash"/>), read in place.</summary>
    internal double JaccardStored(ReadOnlySpan<byte> stored)
    {
        var x = _minHash;
        if (x.Length == 0 || stored.Length != x.Length * 4)
        {
            return 0;
        }
        var same = 0;
        for (var i = 0; i < x.Length; i++)
        {
            same += x[i] == BinaryPrimitives.ReadUInt32LittleEndian(stored[(i * 4)..]) ? 1 : 0;
        }
        return same / (double)x.Length;
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
            ref var value = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, (long)hash, out _);
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
    /// Keeps the minimum of each hash function over the 5-grams of the words added. Hash function h is one
    /// multiply-xorshift of the shingle with its own salt: eight at a time in vector registers where the machine
    /// has them (the same values as one at a time; profiled in docs/stories.md: the scalar loop was a third of the
    /// sketch's cost).
    /// </summary>
    internal sealed class MinHasher
    {
        /// <summary><see cref="StoryTuning.Hashes"/> rounded up to whole vectors of eight; the extra values are never read.</summary>
        private const int Padded = (StoryTuning.Hashes + 7) / 8 * 8;
        private const ulong Multiplier = 0x9E3779B97F4A7C15UL;

        private const int Window = StoryTuning.ShingleWords;

        private readonly ulong[] _window = new ulong[Window];
        private readonly uint[] _min = new uint[Padded];
        private int _words;

        /// <summary>Where the next word goes in the ring <see cref="_window"/>: after a word, its oldest (no division a word).</summary>
        private int _next;

        public void Reset()
        {
            Array.Fill(_min, uint.MaxValue);
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
            // The window's words oldest first, as the position of the next word is the oldest's.
            var shingle = 0x2545F4914F6CDD1DUL;
            for (int i = 0, at = _next; i < Window; i++, at = at == Window - 1 ? 0 : at + 1)
            {
                shingle = StoryText.Mix(shingle ^ window[at]);
            }
            if (Avx2.IsSupported)
            {
                AddAvx2(shingle);
                return;
            }
            if (Vector256.IsHardwareAccelerated)
            {
                AddVectors(shingle);
                return;
            }
            for (var h = 0; h < StoryTuning.Hashes; h++)
            {
                var value = (uint)(((shingle ^ s_salts[h]) * Multiplier) >> 32);
                if (value < _min[h])
                {
                    _min[h] = value;
                }
            }
        }

        internal void AddVectors(ulong shingle)
        {
            var x = Vector256.Create(shingle);
            var k = Vector256.Create(Multiplier);
            for (var h = 0; h < Padded; h += 8)
            {
                var low = Vector256.ShiftRightLogical((x ^ Vector256.Create(s_salts.AsSpan(h, 4))) * k, 32);
                var high = Vector256.ShiftRightLogical((x ^ Vector256.Create(s_salts.AsSpan(h + 4, 4))) * k, 32);
                var span = _min.AsSpan(h, 8);
                Vector256.Min(Vector256.Create((ReadOnlySpan<uint>)span), Vector256.Narrow(low, high)).CopyTo(span);
            }
        }

        /// <summary>
        /// As <see cref="AddVectors"/>, in 32-bit lanes: a value is the high half of the low 64 bits of (x ^ salt) × K,
        /// which is hi(lo(a) × lo(K)) + lo(a) × hi(K) + hi(a) × lo(K) modulo 2^32 (the hi(a) × hi(K) term only reaches
        /// bits 64 and up). So eight values take two 32×32→64 multiplies and two 32-bit ones, where a 64-bit multiply
        /// of four lanes, which AVX2 lacks, is emulated by three (the same values: unit-tested against one at a time).
        /// </summary>
        internal void AddAvx2(ulong shingle)
        {
            var xLow = Vector256.Create((uint)shingle);
            var xHigh = Vector256.Create((uint)(shingle >> 32));
            var kLow = Vector256.Create(unchecked((uint)Multiplier));
            var kHigh = Vector256.Create((uint)(Multiplier >> 32));
            for (var h = 0; h < Padded; h += 8)
            {
                var low = xLow ^ Vector256.Create((ReadOnlySpan<uint>)s_saltLows.AsSpan(h, 8));
                var high = xHigh ^ Vector256.Create((ReadOnlySpan<uint>)s_saltHighs.AsSpan(h, 8));
                var cross = (low * kHigh) + (high * kLow);
                // The high halves of lo(a) × lo(K): even lanes by one multiply, odd lanes by one of the lanes shifted down.
                var even = Avx2.Multiply(low, kLow).AsUInt32();
                var odd = Avx2.Multiply(Avx2.ShiftRightLogical(low.AsUInt64(), 32).AsUInt32(), kLow).AsUInt32();
                var carried = Avx2.Blend(Avx2.ShiftRightLogical(even.AsUInt64(), 32).AsUInt32(), odd, 0b1010_1010);
                var span = _min.AsSpan(h, 8);
                Vector256.Min(Vector256.Create((ReadOnlySpan<uint>)span), carried + cross).CopyTo(span);
            }
        }

        /// <summary>The values of one shingle, one at a time (tests compare the vector paths with it).</summary>
        internal static uint Value(ulong shingle, int h) => (uint)(((shingle ^ s_salts[h]) * Multiplier) >> 32);

        /// <summary>The current minimums (tests).</summary>
        internal ReadOnlySpan<uint> Minimums => _min.AsSpan(0, StoryTuning.Hashes);

        public uint[] Signature() => _words < Window ? [] : _min[..StoryTuning.Hashes];

        private static readonly ulong[] s_salts = Enumerable.Range(1, Padded).Select(i => StoryText.Mix((ulong)i * 0x632BE59BD9B4E019UL)).ToArray();
        private static readonly uint[] s_saltLows = s_salts.Select(salt => (uint)salt).ToArray();
        private static readonly uint[] s_saltHighs = s_salts.Select(salt => (uint)(salt >> 32)).ToArray();
    }
}
