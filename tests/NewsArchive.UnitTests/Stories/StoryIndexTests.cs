using NewsArchive.Stories;

namespace NewsArchive.UnitTests.Stories;

/// <summary>The run's held keys and sketches answer as the database's key table does: by key, day window, and what was removed.</summary>
public sealed class StoryIndexTests
{
    private static readonly ArticleSketch s_sketch = ArticleSketch.Compute("Peskov on the call", "Kremlin spokesman Dmitry Peskov said on Monday that Washington had "
        + "turned down the offer of a live video call between the two presidents.");

    [Fact]
    public void A_term_key_finds_the_articles_within_the_window_and_the_undated_ones()
    {
        var index = Held((1, 1000), (2, 1007), (3, 1008), (4, 0));

        Assert.Equal([1, 2, 4], Terms(index, day: 1000));
        Assert.Equal([1, 2, 3, 4], Terms(index, day: 0));
    }

    [Fact]
    public void A_removed_article_is_found_by_none_of_its_keys_and_the_others_still_are()
    {
        var index = Held((1, 1000), (2, 1000), (3, 1000));

        index.Remove(2, s_sketch.BandKeyArray, [Key]);

        Assert.Equal([1, 3], Terms(index, day: 1000));
        var bands = new List<int>();
        index.BandCandidates(s_sketch.BandKeys(), StoryTuning.MaxCandidates, bands);
        Assert.Equal([1, 3], bands.Distinct());
        Assert.False(index.Holds(2));
        Assert.True(index.Holds(3));
    }

    [Fact]
    public void A_full_index_holds_no_more_and_is_no_longer_complete()
    {
        var index = new StoryIndex(capacity: 2);
        index.FinishLoad(keyRows: false);

        Assert.True(Add(index, 1, 1000));
        Assert.True(Add(index, 2, 1000));
        Assert.True(index.Complete);
        Assert.False(Add(index, 3, 1000));
        Assert.False(index.Complete);
        Assert.Equal([1, 2], Terms(index, day: 1000));
    }

    [Fact]
    public void An_index_that_missed_an_article_while_loading_is_not_complete()
    {
        var index = new StoryIndex(capacity: 1);

        Assert.True(Add(index, 1, 1000));
        Assert.False(Add(index, 2, 1000));
        index.FinishLoad(keyRows: false);

        Assert.True(index.Loaded);
        Assert.False(index.Complete);
    }

    [Fact]
    public void An_archive_with_key_rows_is_never_complete()
    {
        var index = new StoryIndex(capacity: 10);

        index.FinishLoad(keyRows: true);

        Assert.False(index.Complete);
    }

    [Fact]
    public void A_held_article_costs_less_than_half_a_kilobyte_of_keys()
    {
        // As an import holds them: 12 band keys of its own, 12 term keys drawn from a vocabulary shared by many articles.
        const int Articles = 50_000;
        var index = new StoryIndex(capacity: Articles);
        index.FinishLoad(keyRows: false);
        var random = new Random(5);
        for (var id = 1; id <= Articles; id++)
        {
            var bands = Enumerable.Range(0, StoryTuning.Bands).Select(_ => random.NextInt64()).ToArray();
            var terms = Enumerable.Range(0, StoryTuning.KeyTerms).Select(_ => ArticleSketch.TermKey(random.Next(Articles))).ToArray();
            Assert.True(index.TryAdd(id, 1000 + (id % 300), bands, terms));
        }

        Assert.Equal(Articles, index.Count);
        Assert.InRange(index.Bytes / (double)Articles, 1, 500);
    }

    private static long Key => ArticleSketch.TermKey(s_sketch.Terms[0].Term);

    private static StoryIndex Held(params (int Id, int Day)[] articles)
    {
        var index = new StoryIndex(capacity: 100);
        index.FinishLoad(keyRows: false);
        foreach (var (id, day) in articles)
        {
            Add(index, id, day);
        }
        return index;
    }

    private static bool Add(StoryIndex index, int id, int day) =>
        index.TryAdd(id, day, s_sketch.BandKeyArray, [Key]);

    private static List<int> Terms(StoryIndex index, int day)
    {
        var rows = new List<(long Key, int ArticleId)>();
        index.TermCandidates([Key], day, StoryTuning.MaxKeyRows, rows);
        return rows.ConvertAll(r => r.ArticleId);
    }
}
