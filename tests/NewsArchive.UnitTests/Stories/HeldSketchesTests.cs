using NewsArchive.Stories;

namespace NewsArchive.UnitTests.Stories;

/// <summary>The run's held sketches read back as they were added, with the story and copy group as they are now.</summary>
public sealed class HeldSketchesTests
{
    private static readonly ArticleSketch s_long = ArticleSketch.Compute("Peskov on the call", "Kremlin spokesman Dmitry Peskov said on Monday that Washington had "
        + "turned down the offer of a live video call between the two presidents.");

    private static readonly ArticleSketch s_short = ArticleSketch.Compute("Brief", "Too short.");

    [Fact]
    public void A_held_sketch_reads_back_with_its_terms_minhash_day_story_and_copy_group()
    {
        var counts = new DocumentCounts(heldArticles: 10);
        var held = counts.Sketches;
        Add(held, counts, 3, 1000, s_long, storyId: 7);
        Add(held, counts, 4, 0, s_short, storyId: null);

        held.SetCopyOf(3, 9);
        held.SetStory(4, 7);

        var read = held.Read(3, counts)!;
        Assert.Equal((3, 1000, 7, 9), (read.ArticleId, read.Day, read.StoryId, read.CopyOfId));
        Assert.Equal(s_long.MinHash, read.Sketch.MinHash);
        Assert.Equal(s_long.Terms, read.Sketch.Terms);
        var undated = held.Read(4, counts)!;
        Assert.Equal((0, 7, (int?)null), (undated.Day, undated.StoryId, undated.CopyOfId));
        Assert.Empty(undated.Sketch.MinHash);
        Assert.Equal(s_short.Terms, undated.Sketch.Terms);
        Assert.Null(held.Read(5, counts));
    }

    [Fact]
    public void A_full_or_removed_sketch_is_not_held()
    {
        var counts = new DocumentCounts(heldArticles: 2);
        var held = counts.Sketches;

        Assert.True(Add(held, counts, 1, 1000, s_long, null));
        Assert.True(Add(held, counts, 2, 1000, s_long, null));
        Assert.False(Add(held, counts, 3, 1000, s_long, null));
        held.Remove(1);

        Assert.Null(held.Read(1, counts));
        Assert.False(held.Holds(3));
        Assert.True(held.Holds(2));
    }

    [Fact]
    public void Released_sketches_are_not_held_and_none_is_taken_after()
    {
        var counts = new DocumentCounts(heldArticles: 10);
        var held = counts.Sketches;
        Assert.True(Add(held, counts, 1, 1000, s_long, null));
        var before = held.Bytes;

        held.Release();

        Assert.True(held.Released);
        Assert.False(held.Holds(1));
        Assert.Null(held.Read(1, counts));
        Assert.False(held.TryView(1, out _, out _, out _, out _));
        Assert.False(Add(held, counts, 2, 1000, s_long, null));
        Assert.False(held.Holds(2));
        Assert.True(held.Bytes < before);
    }

    [Fact]
    public void Many_sketches_grow_the_arrays_and_all_read_back()
    {
        var counts = new DocumentCounts(heldArticles: 5_000);
        var held = counts.Sketches;
        var sketches = Enumerable.Range(1, 3_000).Select(i => ArticleSketch.Compute($"Title {i}", $"Word{i} and word{i * 7} were said in town {i % 13} on day {i} by the mayor")).ToList();
        for (var i = 0; i < sketches.Count; i++)
        {
            Assert.True(Add(held, counts, (i * 3) + 1, i, sketches[i], null));
        }

        for (var i = 0; i < sketches.Count; i++)
        {
            var read = held.Read((i * 3) + 1, counts)!;
            Assert.Equal(sketches[i].MinHash, read.Sketch.MinHash);
            Assert.Equal(sketches[i].Terms, read.Sketch.Terms);
            Assert.Equal(i, read.Day);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(2_999)]
    [InlineData(3_000)]
    [InlineData(9_000)]
    public void Sketches_held_in_reserved_arrays_read_back_as_in_grown_ones(int reserved)
    {
        var (grownCounts, readyCounts) = (new DocumentCounts(heldArticles: 3_000), new DocumentCounts(heldArticles: 3_000));
        readyCounts.Sketches.Reserve(reserved);
        var sketches = Enumerable.Range(1, 3_100).Select(i => ArticleSketch.Compute($"Title {i}", i % 11 == 0 ? "Short." : $"Word{i} and word{i * 7} were said in town {i % 13} on day {i} by the mayor")).ToList();
        for (var i = 0; i < sketches.Count; i++)
        {
            // Past the capacity neither holds it.
            Assert.Equal(Add(grownCounts.Sketches, grownCounts, i + 1, i, sketches[i], i % 5 == 0 ? i : null),
                Add(readyCounts.Sketches, readyCounts, i + 1, i, sketches[i], i % 5 == 0 ? i : null));
        }

        Assert.Equal(grownCounts.Sketches.Count, readyCounts.Sketches.Count);
        for (var id = 1; id <= sketches.Count + 1; id++)
        {
            var (grown, ready) = (grownCounts.Sketches.Read(id, grownCounts), readyCounts.Sketches.Read(id, readyCounts));
            Assert.Equal(grown is null, ready is null);
            if (grown is not null)
            {
                Assert.Equal((grown.ArticleId, grown.Day, grown.StoryId, grown.CopyOfId), (ready!.ArticleId, ready.Day, ready.StoryId, ready.CopyOfId));
                Assert.Equal(grown.Sketch.MinHash, ready.Sketch.MinHash);
                Assert.Equal(grown.Sketch.Terms, ready.Sketch.Terms);
            }
        }
    }

    [Fact]
    public void Released_sketches_take_no_reservation()
    {
        var counts = new DocumentCounts(heldArticles: 10);
        var held = counts.Sketches;
        held.Release();
        var before = held.Bytes;

        held.Reserve(10);

        Assert.Equal(before, held.Bytes);
        Assert.False(Add(held, counts, 1, 1000, s_long, null));
    }

    [Fact]
    public void A_held_sketchs_story_and_day_are_read_as_they_are_now()
    {
        var counts = new DocumentCounts(heldArticles: 10);
        var held = counts.Sketches;
        Add(held, counts, 3, 1000, s_long, storyId: 7);
        Add(held, counts, 4, 250, s_short, storyId: null);

        held.SetStory(3, 8);

        Assert.True(held.TryStoryOf(3, out var story, out var day));
        Assert.Equal((8, 1000), (story, day));
        // No MinHash (a short body): the day is still the one it was added with.
        Assert.True(held.TryStoryOf(4, out story, out day));
        Assert.Equal((null, 250), (story, day));
        Assert.False(held.TryStoryOf(5, out _, out _));
    }

    private static bool Add(HeldSketches held, DocumentCounts counts, int id, int day, ArticleSketch sketch, int? storyId)
    {
        var (slots, bytes) = counts.Resolve(sketch);
        return held.TryAdd(id, day, storyId, null, sketch.MinHashArray, slots, bytes);
    }
}
