using NewsArchive.Stories;

namespace NewsArchive.UnitTests.Stories;

/// <summary>The story finder's small hash tables answer as the dictionaries they replaced.</summary>
public sealed class StoryTablesTests
{
    [Fact]
    public void Term_slots_are_found_as_added_across_growth_and_unknown_terms_have_none()
    {
        var random = new Random(16);
        var table = new TermSlotTable();
        var added = new Dictionary<long, int>();
        for (var slot = 0; slot < 50_000; slot++)
        {
            // Small, clustered and whole-range terms (FNV hashes of short words are all three).
            var term = (slot % 3) switch { 0 => slot, 1 => (long)slot << 40, _ => random.NextInt64(long.MinValue, long.MaxValue) };
            if (added.TryAdd(term, slot))
            {
                table.Add(term, slot);
            }
        }

        Assert.Equal(added.Count, table.Count);
        Assert.All(added, pair => Assert.Equal(pair.Value, table.Find(pair.Key)));
        for (var n = 0; n < 10_000; n++)
        {
            var term = random.NextInt64(long.MinValue, long.MaxValue);
            Assert.Equal(added.GetValueOrDefault(term, -1), table.Find(term));
        }
    }

    [Fact]
    public async Task A_reader_while_terms_are_added_gets_a_terms_own_slot_or_none()
    {
        var table = new TermSlotTable();
        const int Terms = 200_000;
        static long TermOf(int slot) => (long)StoryText.Mix((ulong)slot + 1);
        var wrong = 0;
        var done = false;
        var reader = Task.Run(() =>
        {
            var random = new Random(17);
            while (!Volatile.Read(ref done))
            {
                var slot = random.Next(Terms);
                var got = table.Find(TermOf(slot));
                wrong += got != -1 && got != slot ? 1 : 0;
            }
        });
        for (var slot = 0; slot < Terms; slot++)
        {
            table.Add(TermOf(slot), slot);
        }
        Volatile.Write(ref done, true);
        await reader;

        Assert.Equal(0, wrong);
        Assert.Equal(Terms - 1, table.Find(TermOf(Terms - 1)));
    }
}
