namespace NewsArchive.Stories;

/// <summary>
/// What the story finder compares: the MinHash signature of the body's word 5-grams (copies) and the terms of the
/// title and lead with their counts (same story). Pure: computed where the article is parsed, off the writer's thread.
/// </summary>
public sealed class ArticleSketch
{
    private ArticleSketch(uint[] minHash, (long Term, byte Count)[] terms)
    {
        MinHash = minHash;
        Terms = terms;
    }

    /// <summary><see cref="StoryTuning.Hashes"/> values, or empty for a body of fewer than five words.</summary>
    public IReadOnlyList<uint> MinHash { get; }

    /// <summary>Distinct lead terms by hash, each with its count (capped at 127) and, in the high bit (<see cref="NameBit"/>), whether it is a name.</summary>
    public IReadOnlyList<(long Term, byte Count)> Terms { get; }

    public static ArticleSketch Compute(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var counts = new Dictionary<long, int>();
        var names = new NameTerms(counts);
        // Not names from the title: headlines are often in title case, every word capitalised.
        StoryText.Words(title, (hash, term, _) => Count(counts, hash, term, StoryTuning.TitleWeight));
        var shingles = new MinHasher();
        var lead = 0;
        StoryText.Words(body, (hash, term, capital) =>
        {
            shingles.Add(hash);
            if (lead++ < StoryTuning.LeadWords)
            {
                Count(counts, hash, term, 1);
                names.Add(hash, term && capital, 1);
            }
        });
        var terms = counts.OrderBy(c => c.Key)
            .Select(c => (c.Key, (byte)(Math.Min(c.Value & ~NameFlag, 127) | ((c.Value & NameFlag) != 0 ? NameBit : 0)))).ToArray();
        return new ArticleSketch(shingles.Signature(), terms);
    }

    internal static ArticleSketch FromStored(byte[] minHash, byte[] terms) => new(Codec.ReadMinHash(minHash), Codec.ReadTerms(terms));

    internal byte[] StoredMinHash() => Codec.WriteMinHash((uint[])MinHash);

    internal byte[] StoredTerms() => Codec.WriteTerms(((long Term, byte Count)[])Terms);

    /// <summary>The estimated Jaccard similarity of the two bodies' shingle sets (0 when either has none).</summary>
    public double Jaccard(ArticleSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (MinHash.Count == 0 || other.MinHash.Count != MinHash.Count)
        {
            return 0;
        }
        var same = 0;
        for (var i = 0; i < MinHash.Count; i++)
        {
            same += MinHash[i] == other.MinHash[i] ? 1 : 0;
        }
        return same / (double)MinHash.Count;
    }

    /// <summary>The LSH band keys: a pair sharing one is a candidate copy.</summary>
    public IEnumerable<long> BandKeys()
    {
        for (var band = 0; MinHash.Count > 0 && band < StoryTuning.Bands; band++)
        {
            var key = StoryText.Mix(0x5bd1e995UL + (ulong)band);
            for (var row = 0; row < StoryTuning.RowsPerBand; row++)
            {
                key = StoryText.Mix(key ^ MinHash[(band * StoryTuning.RowsPerBand) + row]);
            }
            yield return (long)key;
        }
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
            counts[(long)hash] = counts.GetValueOrDefault((long)hash) + weight | (name ? NameFlag : 0);
        }
    }

    /// <summary>Two capitalised terms in a row ("Dmitry Peskov") make a name, a term of its own: rarer than either word.</summary>
    private sealed class NameTerms(Dictionary<long, int> counts)
    {
        private ulong _previous;

        public void Add(ulong hash, bool capitalTerm, int weight)
        {
            if (capitalTerm && _previous != 0)
            {
                Count(counts, StoryText.Mix(_previous ^ StoryText.Mix(hash)), true, weight, name: true);
            }
            _previous = capitalTerm ? hash : 0;
        }
    }

    /// <summary>Keeps the minimum of each hash function over the 5-grams of the words added.</summary>
    private sealed class MinHasher
    {
        private readonly ulong[] _window = new ulong[StoryTuning.ShingleWords];
        private readonly uint[] _min = Enumerable.Repeat(uint.MaxValue, StoryTuning.Hashes).ToArray();
        private int _words;

        public void Add(ulong word)
        {
            _window[_words++ % _window.Length] = word;
            if (_words < _window.Length)
            {
                return;
            }
            var shingle = 0x2545F4914F6CDD1DUL;
            for (var i = 0; i < _window.Length; i++)
            {
                shingle = StoryText.Mix(shingle ^ _window[(_words + i) % _window.Length]);
            }
            for (var h = 0; h < _min.Length; h++)
            {
                // Hash function h: one multiply-xorshift of the shingle with its own odd constant.
                var value = (uint)(((shingle ^ s_salts[h]) * 0x9E3779B97F4A7C15UL) >> 32);
                if (value < _min[h])
                {
                    _min[h] = value;
                }
            }
        }

        public uint[] Signature() => _words < _window.Length ? [] : _min;

        private static readonly ulong[] s_salts = Enumerable.Range(1, StoryTuning.Hashes).Select(i => StoryText.Mix((ulong)i * 0x632BE59BD9B4E019UL)).ToArray();
    }
}
