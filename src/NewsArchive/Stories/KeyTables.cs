namespace NewsArchive.Stories;

/// <summary>
/// Band key → its articles, in the order added: one (key, article) pair a slot of an open-addressed table with linear
/// probing, so a held article costs 12 bytes a band key over the table's free slots and no object. The table is split
/// into <see cref="Shards"/> tables by the key's top bits, each grown on its own (by half), so growing never copies
/// more than a 64th of it at once (a copy of the whole would double the index's memory for the time it takes).
/// Linear probing keeps the pairs of one key in the order added: a new pair goes to the first free slot after its
/// key's others, and removal shifts the pairs after the hole back without passing one another (backward shift).
/// </summary>
internal sealed class BandKeyTable
{
    private const int ShardBits = 6;
    private const int Shards = 1 << ShardBits;
    private const int FirstSlots = 16;

    private readonly long[][] _keys = new long[Shards][];
    /// <summary>The article of each slot; 0 is a free slot (article ids start at 1).</summary>
    private readonly int[][] _values = new int[Shards][];
    private readonly int[] _counts = new int[Shards];

    public BandKeyTable()
    {
        for (var s = 0; s < Shards; s++)
        {
            (_keys[s], _values[s]) = (new long[FirstSlots], new int[FirstSlots]);
        }
    }

    /// <summary>Pairs held.</summary>
    public long Count { get; private set; }

    /// <summary>Bytes of the slot arrays.</summary>
    public long Bytes
    {
        get
        {
            long bytes = 0;
            for (var s = 0; s < Shards; s++)
            {
                bytes += _values[s].Length * 12L;
            }
            return bytes;
        }
    }

    public void Add(long key, int article)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(article);
        var s = Shard(key);
        if (Full(_counts[s] + 1, _values[s].Length))
        {
            Resize(s, Grown(_values[s].Length));
        }
        Insert(_keys[s], _values[s], key, article);
        _counts[s]++;
        Count++;
    }

    /// <summary>The first <paramref name="limit"/> articles of the key, in the order added.</summary>
    public void Find(long key, int limit, List<int> articles)
    {
        var s = Shard(key);
        var (keys, values) = (_keys[s], _values[s]);
        var taken = 0;
        for (var i = Home(key, values.Length); values[i] != 0 && taken < limit; i = Next(i, values.Length))
        {
            if (keys[i] == key)
            {
                articles.Add(values[i]);
                taken++;
            }
        }
    }

    /// <summary>Removes the key's pair with the article; false when there is none.</summary>
    public bool Remove(long key, int article)
    {
        var s = Shard(key);
        var (keys, values) = (_keys[s], _values[s]);
        var n = values.Length;
        var hole = Home(key, n);
        while (values[hole] != 0 && (keys[hole] != key || values[hole] != article))
        {
            hole = Next(hole, n);
        }
        if (values[hole] == 0)
        {
            return false;
        }
        // Backward shift: each later pair of the run moves into the hole when the hole lies on its probe path.
        for (var j = Next(hole, n); values[j] != 0; j = Next(j, n))
        {
            if (OnPath(Home(keys[j], n), hole, j))
            {
                (keys[hole], values[hole]) = (keys[j], values[j]);
                hole = j;
            }
        }
        (keys[hole], values[hole]) = (0, 0);
        _counts[s]--;
        Count--;
        return true;
    }

    /// <summary>
    /// Makes room for <paramref name="pairs"/> pairs in all (spread over the shards as the keys are), so a table
    /// filled at once (a run loading the archive's key sets) is not grown a half at a time: each growth leaves the old
    /// arrays to the collector, which at 300,000 loaded articles was most of the load's peak memory (docs/stories.md).
    /// A key's pairs keep the order added whatever the table's size, so what <see cref="Find"/> gives is the same.
    /// </summary>
    public void Reserve(long pairs)
    {
        var perShard = (pairs / Shards) + (pairs / Shards / 8) + FirstSlots;
        for (var s = 0; s < Shards; s++)
        {
            var wanted = (int)Math.Min(int.MaxValue / 2, perShard * 5 / 4);
            if (wanted > _values[s].Length)
            {
                Resize(s, wanted);
            }
        }
    }

    /// <summary>
    /// Whether a shard of <paramref name="slots"/> is too full for <paramref name="count"/> entries: past 4/5. The shards
    /// fill evenly, so they grow at about the same time, and the whole table's load is where this cycle is (4/5 to
    /// 32/45 with <see cref="Grown"/>'s eighth; it was 3/4 to 1/2, growing by half: docs/performance.md).
    /// </summary>
    internal static bool Full(long count, int slots) => count * 5L > slots * 4L;

    /// <summary>A shard's next size: an eighth more (each growth copies a shard, a 64th of the table: eight times the table in all).</summary>
    internal static int Grown(int slots) => slots + (slots / 8);

    private void Resize(int s, int m)
    {
        var (keys, values) = (_keys[s], _values[s]);
        var n = values.Length;
        var (newKeys, newValues) = (new long[m], new int[m]);
        // From just after a free slot, so every run of pairs is met from its start: each key's pairs are reinserted
        // in the order they were added.
        var start = Array.IndexOf(values, 0);
        for (var k = 1; k <= n; k++)
        {
            var i = (start + k) % n;
            if (values[i] != 0)
            {
                Insert(newKeys, newValues, keys[i], values[i]);
            }
        }
        (_keys[s], _values[s]) = (newKeys, newValues);
    }

    private static void Insert(long[] keys, int[] values, long key, int article)
    {
        var i = Home(key, values.Length);
        while (values[i] != 0)
        {
            i = Next(i, values.Length);
        }
        (keys[i], values[i]) = (key, article);
    }

    internal static int Shard(long key) => (int)((ulong)key >> (64 - ShardBits));

    /// <summary>The key's first slot in a table of <paramref name="n"/> (the bits below the shard's, scaled to n).</summary>
    internal static int Home(long key, int n) => (int)Math.BigMul((ulong)key << ShardBits, (ulong)n, out _);

    internal static int Next(int i, int n) => i + 1 == n ? 0 : i + 1;

    /// <summary>Whether slot <paramref name="hole"/> is on the probe path from <paramref name="home"/> to <paramref name="at"/> (cyclically, home ≤ hole &lt; at).</summary>
    internal static bool OnPath(int home, int hole, int at) =>
        hole <= at ? home <= hole || home > at : home <= hole && home > at;
}

/// <summary>
/// Term key → its articles and their days, in the order added. The keys are an open-addressed table (sharded as
/// <see cref="BandKeyTable"/>'s) of (key, block, count); a key's (article, day) entries are one block in a pool of
/// fixed-size chunks, contiguous (a lookup reads all of a key's entries: a chain through one big array cost cache
/// misses, docs/stories.md), moved to a block of the next size class when full (1, 2, 3, 4, 6, 8, 12, …: powers of two
/// and halfway between, so a block is at least two thirds full once it holds more than two; powers of two alone
/// left the pool 55 % full), freed blocks reused by class.
/// </summary>
internal sealed class TermKeyTable
{
    private const int Shards = 64;
    private const int FirstSlots = 16;
    /// <summary>Entries a pool chunk; also the largest block, so the most articles a key can hold.</summary>
    internal const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly long[][] _keys = new long[Shards][];
    private readonly int[][] _blocks = new int[Shards][];
    /// <summary>A slot's entry count (low 24 bits) and its block's size class (high 8); 0 is a free slot.</summary>
    private readonly int[][] _sizes = new int[Shards][];
    private readonly int[] _counts = new int[Shards];
    /// <summary>Entries as (article &lt;&lt; 32) | day, by pool offset (chunk, then place in it).</summary>
    private readonly List<ulong[]> _chunks = [];
    /// <summary>Entries a block of each size class: 1, then 2^k and 3 × 2^(k-1) in turn, up to a chunk.</summary>
    private static readonly int[] ClassLength =
        [1, .. Enumerable.Range(1, ChunkBits).SelectMany(k => new[] { 1 << k, 3 << (k - 1) }).Where(n => n <= ChunkSize).Order()];
    private readonly int[] _free = Enumerable.Repeat(-1, ClassLength.Length).ToArray();
    private int _top;

    public TermKeyTable()
    {
        for (var s = 0; s < Shards; s++)
        {
            (_keys[s], _blocks[s], _sizes[s]) = (new long[FirstSlots], new int[FirstSlots], new int[FirstSlots]);
        }
    }

    /// <summary>Entries held.</summary>
    public long Count { get; private set; }

    /// <summary>Distinct keys held.</summary>
    public long Keys { get; private set; }

    /// <summary>Bytes of the slot arrays and the pool.</summary>
    public long Bytes
    {
        get
        {
            long bytes = (long)_chunks.Count * ChunkSize * sizeof(ulong);
            for (var s = 0; s < Shards; s++)
            {
                bytes += _sizes[s].Length * 16L;
            }
            return bytes;
        }
    }

    /// <summary>Whether the key can take one more entry (a key holds at most a chunk's worth).</summary>
    public bool CanAdd(long key)
    {
        var at = SlotOf(key);
        return at < 0 || (_sizes[Shard(key)][at] & 0xFFFFFF) < ChunkSize;
    }

    public void Add(long key, int article, int day)
    {
        var entry = ((ulong)(uint)article << 32) | (uint)day;
        var s = Shard(key);
        var at = SlotOf(key);
        Count++;
        if (at < 0)
        {
            if (BandKeyTable.Full(_counts[s] + 1, _sizes[s].Length))
            {
                Grow(s);
            }
            var first = Allocate(0);
            Span(first, 1)[0] = entry;
            Insert(s, key, first, 1);
            _counts[s]++;
            Keys++;
            return;
        }
        var (blocks, sizes) = (_blocks[s], _sizes[s]);
        var (count, size) = (sizes[at] & 0xFFFFFF, sizes[at] >>> 24);
        if (count == ClassLength[size])
        {
            var block = Allocate(size + 1);
            Span(blocks[at], count).CopyTo(Span(block, count));
            Release(blocks[at], size);
            (blocks[at], size) = (block, size + 1);
        }
        Span(blocks[at], count + 1)[count] = entry;
        sizes[at] = (count + 1) | (size << 24);
    }

    /// <summary>
    /// Adds (key, article) to <paramref name="rows"/> for each article of each key within <see cref="StoryTuning.WindowDays"/>
    /// of <paramref name="day"/> (undated, either side: any day), in the order added, until it holds <paramref name="maxRows"/>.
    /// </summary>
    public void Find(long key, int day, int maxRows, List<(long Key, int ArticleId)> rows)
    {
        var at = SlotOf(key);
        if (at < 0)
        {
            return;
        }
        var s = Shard(key);
        foreach (var entry in Span(_blocks[s][at], _sizes[s][at] & 0xFFFFFF))
        {
            if (rows.Count >= maxRows)
            {
                return;
            }
            var other = (int)(uint)entry;
            if (day == 0 || other == 0 || Math.Abs(other - day) <= StoryTuning.WindowDays)
            {
                rows.Add((key, (int)(entry >> 32)));
            }
        }
    }

    /// <summary>Removes the article's entry of the key (the others keep their order); false when there is none.</summary>
    public bool Remove(long key, int article)
    {
        var at = SlotOf(key);
        if (at < 0)
        {
            return false;
        }
        var s = Shard(key);
        var (count, size) = (_sizes[s][at] & 0xFFFFFF, _sizes[s][at] >>> 24);
        var entries = Span(_blocks[s][at], count);
        var i = 0;
        while (i < count && (int)(entries[i] >> 32) != article)
        {
            i++;
        }
        if (i == count)
        {
            return false;
        }
        entries[(i + 1)..].CopyTo(entries[i..]);
        Count--;
        if (count > 1)
        {
            _sizes[s][at] = (count - 1) | (size << 24);
            return true;
        }
        Release(_blocks[s][at], size);
        RemoveSlot(s, at);
        Keys--;
        return true;
    }

    private Span<ulong> Span(int offset, int length) => _chunks[offset >> ChunkBits].AsSpan(offset & (ChunkSize - 1), length);

    /// <summary>A block of size class <paramref name="size"/>: a freed one of that class, or the next place in the pool (never across chunks).</summary>
    private int Allocate(int size)
    {
        if (_free[size] >= 0)
        {
            var block = _free[size];
            _free[size] = (int)Span(block, 1)[0];
            return block;
        }
        var length = ClassLength[size];
        // A freed block of a larger class, split: a key that grew large left its smaller blocks behind, which no other
        // key may ever grow into (measured: most of the pool's waste).
        var larger = Array.FindIndex(_free, size + 1, f => f >= 0);
        if (larger > 0)
        {
            var block = _free[larger];
            _free[larger] = (int)Span(block, 1)[0];
            ReleaseRange(block + length, ClassLength[larger] - length);
            return block;
        }
        var left = _chunks.Count * ChunkSize - _top;
        if (left < length)
        {
            ReleaseRange(_top, left);
            (_top, left) = (_top + left, 0);
            _chunks.Add(new ulong[ChunkSize]);
        }
        var at = _top;
        _top += length;
        return at;
    }

    /// <summary>Frees <paramref name="length"/> entries from <paramref name="offset"/> (within a chunk) as blocks of the largest classes that fit.</summary>
    private void ReleaseRange(int offset, int length)
    {
        while (length > 0)
        {
            var piece = ClassLength.Length - 1;
            while (ClassLength[piece] > length)
            {
                piece--;
            }
            Release(offset, piece);
            (offset, length) = (offset + ClassLength[piece], length - ClassLength[piece]);
        }
    }

    private void Release(int block, int size)
    {
        Span(block, 1)[0] = (ulong)(uint)_free[size];
        _free[size] = block;
    }

    private int SlotOf(long key)
    {
        var s = Shard(key);
        var (keys, sizes) = (_keys[s], _sizes[s]);
        for (var i = BandKeyTable.Home(key, sizes.Length); sizes[i] != 0; i = BandKeyTable.Next(i, sizes.Length))
        {
            if (keys[i] == key)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>A new key's slot, with its block and its count and size class (never 0: a key has an entry).</summary>
    private void Insert(int s, long key, int block, int countAndSize)
    {
        var (keys, blocks, sizes) = (_keys[s], _blocks[s], _sizes[s]);
        var i = BandKeyTable.Home(key, sizes.Length);
        while (sizes[i] != 0)
        {
            i = BandKeyTable.Next(i, sizes.Length);
        }
        (keys[i], blocks[i], sizes[i]) = (key, block, countAndSize);
    }

    private void RemoveSlot(int s, int hole)
    {
        var (keys, blocks, sizes) = (_keys[s], _blocks[s], _sizes[s]);
        var n = sizes.Length;
        for (var j = BandKeyTable.Next(hole, n); sizes[j] != 0; j = BandKeyTable.Next(j, n))
        {
            if (BandKeyTable.OnPath(BandKeyTable.Home(keys[j], n), hole, j))
            {
                (keys[hole], blocks[hole], sizes[hole]) = (keys[j], blocks[j], sizes[j]);
                hole = j;
            }
        }
        (keys[hole], blocks[hole], sizes[hole]) = (0, 0, 0);
        _counts[s]--;
    }

    private void Grow(int s)
    {
        var (keys, blocks, sizes) = (_keys[s], _blocks[s], _sizes[s]);
        var n = sizes.Length;
        var m = BandKeyTable.Grown(n);
        (_keys[s], _blocks[s], _sizes[s]) = (new long[m], new int[m], new int[m]);
        for (var i = 0; i < n; i++)
        {
            if (sizes[i] != 0)
            {
                var (newKeys, newBlocks, newSizes) = (_keys[s], _blocks[s], _sizes[s]);
                var j = BandKeyTable.Home(keys[i], m);
                while (newSizes[j] != 0)
                {
                    j = BandKeyTable.Next(j, m);
                }
                (newKeys[j], newBlocks[j], newSizes[j]) = (keys[i], blocks[i], sizes[i]);
            }
        }
    }

    private static int Shard(long key) => BandKeyTable.Shard(key);
}
