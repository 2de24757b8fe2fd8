namespace NewsArchive.Stories;

/// <summary>
/// Term → slot for <see cref="DocumentCounts"/>: an open-addressed table (linear probing, at most half full) that one
/// thread adds to (the writer's) while any thread reads (the loading threads' <see cref="DocumentCounts.Presolve"/>).
/// A slot is published after its term, and a grown table replaces the old one whole, so a reader sees either a term
/// with its slot or no term: one added meanwhile may be missed, which <see cref="DocumentCounts.Presolve"/> leaves to
/// the writer anyway. It replaced a <c>ConcurrentDictionary</c> whose lookups (a node object a term) were a quarter
/// of the loading threads' story sketch at 100,000 articles (docs/stories.md).
/// </summary>
internal sealed class TermSlotTable
{
    private sealed class Table(int bits)
    {
        public readonly int Shift = 64 - bits;
        public readonly long[] Terms = new long[1 << bits];

        /// <summary>The slot + 1 of each place; 0 is a free place.</summary>
        public readonly int[] Slots = new int[1 << bits];
    }

    private Table _table = new(10);
    private int _count;

    /// <summary>Terms held.</summary>
    public int Count => _count;

    /// <summary>The term's slot, or -1 when it has none (yet).</summary>
    public int Find(long term)
    {
        var table = Volatile.Read(ref _table);
        var (terms, slots) = (table.Terms, table.Slots);
        var mask = slots.Length - 1;
        for (var i = Home(term, table.Shift); ; i = (i + 1) & mask)
        {
            var slot = Volatile.Read(ref slots[i]);
            if (slot == 0)
            {
                return -1;
            }
            if (terms[i] == term)
            {
                return slot - 1;
            }
        }
    }

    /// <summary>Adds a term that has no slot yet (the adding thread only).</summary>
    public void Add(long term, int slot)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(slot);
        if ((_count + 1) * 2 > _table.Slots.Length)
        {
            var grown = new Table(64 - _table.Shift + 1);
            var (terms, slots) = (_table.Terms, _table.Slots);
            for (var i = 0; i < slots.Length; i++)
            {
                if (slots[i] != 0)
                {
                    Put(grown, terms[i], slots[i]);
                }
            }
            Volatile.Write(ref _table, grown);
        }
        Put(_table, term, slot + 1);
        _count++;
    }

    private static void Put(Table table, long term, int slotPlusOne)
    {
        var mask = table.Slots.Length - 1;
        var i = Home(term, table.Shift);
        while (table.Slots[i] != 0)
        {
            i = (i + 1) & mask;
        }
        table.Terms[i] = term;
        Volatile.Write(ref table.Slots[i], slotPlusOne);
    }

    /// <summary>The term's first place (Fibonacci hashing: the top bits of the term times 2^64 / φ).</summary>
    private static int Home(long term, int shift) => (int)(((ulong)term * 0x9E3779B97F4A7C15UL) >> shift);
}
