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

        index.Remove(2);

        Assert.Equal([1, 3], Terms(index, day: 1000));
        var bands = new List<int>();
        index.BandCandidates(s_sketch.BandKeys(), StoryTuning.MaxCandidates, bands);
        Assert.Equal([1, 3], bands.Distinct());
        Assert.False(index.Holds(2));
        Assert.Null(index.Read(2));
    }

    [Fact]
    public void A_full_index_holds_no_more_and_is_no_longer_complete()
    {
        var index = new StoryIndex(capacity: 2);
        index.Start(archived: 0);

        Assert.True(Add(index, 1, 1000));
        Assert.True(Add(index, 2, 1000));
        Assert.True(index.Complete);
        Assert.False(Add(index, 3, 1000));
        Assert.False(index.Complete);
        Assert.Equal([1, 2], Terms(index, day: 1000));
    }

    [Fact]
    public void A_released_index_holds_nothing_and_takes_nothing_more()
    {
        var index = Held((1, 1000), (2, 1000));

        index.Release();

        Assert.True(index.Released);
        Assert.False(index.Complete);
        Assert.False(index.Holds(1));
        Assert.Null(index.Read(2));
        Assert.Empty(Terms(index, day: 1000));
        Assert.False(Add(index, 3, 1000));
        Assert.False(index.Holds(3));
    }

    [Fact]
    public void An_archive_with_sketches_from_before_the_run_is_never_complete()
    {
        var index = new StoryIndex(capacity: 10);

        index.Start(archived: 5);

        Assert.False(index.Complete);
    }

    [Fact]
    public void A_held_article_reads_back_with_its_story_as_it_is_now()
    {
        var index = Held((1, 1000));

        index.SetStory(1, 7);
        index.SetCopyOf(1, 9);

        var read = index.Read(1)!;
        Assert.Equal((7, 9, 1000), (read.StoryId, read.CopyOfId, read.Day));
        Assert.Equal(1.0, read.Sketch.Jaccard(s_sketch));
    }

    private static long Key => ArticleSketch.TermKey(s_sketch.Terms[0].Term);

    private static StoryIndex Held(params (int Id, int Day)[] articles)
    {
        var index = new StoryIndex(capacity: 100);
        index.Start(archived: 0);
        foreach (var (id, day) in articles)
        {
            Add(index, id, day);
        }
        return index;
    }

    private static bool Add(StoryIndex index, int id, int day) =>
        index.TryAdd(new StoredSketch(id, day, null, null, null, s_sketch), s_sketch.BandKeys(), [Key]);

    private static List<int> Terms(StoryIndex index, int day)
    {
        var rows = new List<(long Key, int ArticleId)>();
        index.TermCandidates([Key], day, StoryTuning.MaxKeyRows, rows);
        return rows.ConvertAll(r => r.ArticleId);
    }
}
