using CsCheck;
using NewsArchive.Stories;

namespace NewsArchive.UnitTests.Stories;

/// <summary>
/// The held index's flat tables answer as a plain list of what was added does: random adds and removes, each followed
/// by lookups of every key, compared with the model's answers in the order added (CsCheck shrinks a failing sequence).
/// The keys are drawn from a few dozen, most of them crafted to share a shard and a first slot (long runs of taken
/// slots), some to start at a shard's last slot (runs that wrap around), so probing, removal and growth are all met.
/// </summary>
public sealed class KeyTablesPropertyTests
{
    private static readonly long[] s_keys =
    [
        .. Enumerable.Range(0, 12).Select(i => (long)i),                                  // shard 0, first slot 0
        .. Enumerable.Range(0, 12).Select(i => (1L << 55) | (long)i),                     // shard 0, mid-table
        .. Enumerable.Range(0, 12).Select(i => 0x03FF_FFFF_FFFF_FF00L | (long)i),         // shard 0, the last slot
        .. Enumerable.Range(1, 12).Select(i => ArticleSketch.TermKey(i)),                // anywhere
    ];

    private static readonly int[] s_days = [0, 3, 15, 30];
    private static readonly int[] s_maxRows = [2, int.MaxValue];
    private static readonly int[] s_limits = [1, 3, int.MaxValue];

    /// <summary>An operation: 0–2 add, 3 remove; a key (index into <see cref="s_keys"/>), an article, a day.</summary>
    private static readonly Gen<(int Op, int Key, int Article, int Day)[]> s_ops =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, s_keys.Length - 1], Gen.Int[1, 60], Gen.Int[0, 30]).Array[1, 600];

    [Fact]
    public void The_band_table_answers_as_a_list_of_the_pairs_added()
    {
        s_ops.Sample(ops =>
        {
            var table = new BandKeyTable();
            var model = new List<(long Key, int Article)>();
            foreach (var (op, k, article, _) in ops)
            {
                var key = s_keys[k];
                if (op < 3)
                {
                    table.Add(key, article);
                    model.Add((key, article));
                    continue;
                }
                var at = model.IndexOf((key, article));
                Assert.Equal(at >= 0, table.Remove(key, article));
                if (at >= 0)
                {
                    model.RemoveAt(at);
                }
            }
            Assert.Equal(model.Count, table.Count);
            foreach (var key in s_keys)
            {
                foreach (var limit in s_limits)
                {
                    var found = new List<int>();
                    table.Find(key, limit, found);
                    Assert.Equal(model.Where(p => p.Key == key).Select(p => p.Article).Take(limit), found);
                }
            }
        }, iter: 400);
    }

    [Fact]
    public void A_band_table_reserved_beforehand_answers_as_one_grown_as_it_went()
    {
        Gen.Select(s_ops, Gen.Int[0, 3000]).Sample((ops, reserved) =>
        {
            var (grown, ready) = (new BandKeyTable(), new BandKeyTable());
            ready.Reserve(reserved);
            foreach (var (op, k, article, _) in ops)
            {
                var key = s_keys[k];
                if (op < 3)
                {
                    grown.Add(key, article);
                    ready.Add(key, article);
                    continue;
                }
                Assert.Equal(grown.Remove(key, article), ready.Remove(key, article));
            }
            foreach (var key in s_keys)
            {
                foreach (var limit in s_limits)
                {
                    var (expected, found) = (new List<int>(), new List<int>());
                    grown.Find(key, limit, expected);
                    ready.Find(key, limit, found);
                    Assert.Equal(expected, found);
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void A_band_table_reserved_for_its_pairs_does_not_grow_while_they_are_added()
    {
        const int Pairs = 240_000;
        var table = new BandKeyTable();
        table.Reserve(Pairs);
        var reserved = table.Bytes;
        for (var i = 1; i <= Pairs; i++)
        {
            table.Add(ArticleSketch.TermKey(i), i);
        }

        Assert.Equal(reserved, table.Bytes);
        // Within a third more than the pairs need at the table's highest load (3/4).
        Assert.True(reserved < Pairs * 12L * 4 / 3 * 4 / 3, $"{reserved} bytes");
    }

    [Fact]
    public void The_term_table_answers_as_a_list_of_the_entries_added()
    {
        s_ops.Sample(ops =>
        {
            var table = new TermKeyTable();
            var model = new List<(long Key, int Article, int Day)>();
            foreach (var (op, k, article, day) in ops)
            {
                var key = s_keys[k];
                if (op < 3)
                {
                    Assert.True(table.CanAdd(key));
                    table.Add(key, article, day);
                    model.Add((key, article, day));
                    continue;
                }
                var at = model.FindIndex(e => e.Key == key && e.Article == article);
                Assert.Equal(at >= 0, table.Remove(key, article));
                if (at >= 0)
                {
                    model.RemoveAt(at);
                }
            }
            Assert.Equal(model.Count, table.Count);
            Assert.Equal(model.Select(e => e.Key).Distinct().Count(), table.Keys);
            foreach (var day in s_days)
            {
                foreach (var maxRows in s_maxRows)
                {
                    var found = new List<(long, int)>();
                    foreach (var key in s_keys)
                    {
                        table.Find(key, day, maxRows, found);
                    }
                    var expected = s_keys.SelectMany(key => model.Where(e => e.Key == key && InWindow(day, e.Day)).Select(e => (key, e.Article)));
                    Assert.Equal(expected.Take(maxRows), found);
                }
            }
        }, iter: 400);
    }

    [Fact]
    public void The_index_finds_what_a_model_of_its_articles_finds_after_adds_and_removes()
    {
        // Articles of two band keys and two term keys each from a small set; removal by the keys the article was added with.
        var gen = Gen.Select(Gen.Bool, Gen.Int[1, 40], Gen.Int[0, s_keys.Length - 1].Array[4], Gen.Int[0, 30]).Array[1, 300];
        gen.Sample(ops =>
        {
            var index = new StoryIndex(capacity: 25);
            index.FinishLoad(keyRows: false);
            var model = new Dictionary<int, (long[] Bands, long[] Terms, int Day)>();
            var order = new List<int>();
            foreach (var (add, article, k, day) in ops)
            {
                if (add)
                {
                    var (bands, terms) = (new[] { s_keys[k[0]], s_keys[k[1]] }, new[] { s_keys[k[2]], s_keys[k[3]] });
                    var fits = !model.ContainsKey(article) && model.Count < 25;
                    Assert.Equal(fits, index.TryAdd(article, day, bands, terms));
                    if (fits)
                    {
                        model[article] = (bands, terms, day);
                        order.Add(article);
                    }
                }
                else if (model.Remove(article, out var held))
                {
                    index.Remove(article, held.Bands, held.Terms);
                    order.Remove(article);
                }
                Assert.Equal(model.Count, index.Count);
            }
            foreach (var key in s_keys)
            {
                var bands = new List<int>();
                index.BandCandidates([key], int.MaxValue, bands);
                Assert.Equal(order.Where(a => model[a].Bands.Contains(key)), bands);
                var terms = new List<(long Key, int ArticleId)>();
                index.TermCandidates([key], 10, int.MaxValue, terms);
                Assert.Equal(order.Where(a => model[a].Terms.Contains(key) && InWindow(10, model[a].Day)).Select(a => (key, a)), terms);
            }
            foreach (var article in Enumerable.Range(1, 40))
            {
                Assert.Equal(model.ContainsKey(article), index.Holds(article));
            }
        }, iter: 300);
    }

    private static bool InWindow(int day, int other) => day == 0 || other == 0 || Math.Abs(day - other) <= StoryTuning.WindowDays;
}
