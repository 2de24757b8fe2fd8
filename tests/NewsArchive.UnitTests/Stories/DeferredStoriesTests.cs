using NewsArchive.Stories;

namespace NewsArchive.UnitTests.Stories;

/// <summary>
/// The run's stories in memory, for placing ahead of the writer: the members and next story id the database would
/// give (SQLite's rowid rule and <c>StoryStore.StoryMembersAsync</c>'s order).
/// </summary>
public sealed class DeferredStoriesTests
{
    [Fact]
    public void A_new_story_gets_one_more_than_the_largest_id_there_is_so_a_deleted_largest_id_comes_again()
    {
        var stories = new DeferredStories();

        Assert.Equal(1, stories.InsertStory());
        Assert.Equal(2, stories.InsertStory());
        Assert.Equal(3, stories.InsertStory());
        stories.DeleteStory(2);
        Assert.Equal(4, stories.InsertStory());
        stories.DeleteStory(4);
        stories.DeleteStory(3);
        Assert.Equal(2, stories.InsertStory());
        stories.DeleteStory(2);
        stories.DeleteStory(1);
        Assert.Equal(1, stories.InsertStory());
    }

    [Fact]
    public void Members_come_dated_by_day_then_undated_ties_by_id_as_they_are_now()
    {
        var stories = new DeferredStories();
        var (a, b) = (stories.InsertStory(), stories.InsertStory());
        stories.Add(a, 9, 500);
        stories.Add(a, 4, 0);
        stories.Add(a, 7, 500);
        stories.Add(a, 2, 600);
        stories.Add(a, 1, 0);
        stories.Add(null, 3, 100);
        stories.Add(b, 5, 100);

        Assert.Equal([(7, 500), (9, 500), (2, 600), (1, 0), (4, 0)], stories.Members(a));

        stories.Move(5, 100, b, a);
        stories.Move(9, 500, a, null);
        stories.Move(3, 100, null, b);

        Assert.Equal([(5, 100), (7, 500), (2, 600), (1, 0), (4, 0)], stories.Members(a));
        Assert.Equal([(3, 100)], stories.Members(b));
        // A copy: the caller may move its members while it goes through them.
        var members = stories.Members(a);
        stories.Move(5, 100, a, b);
        Assert.Equal(5, members.Count);
        Assert.Empty(stories.Members(99));
    }

    [Fact]
    public void A_stopped_table_stays_stopped()
    {
        var stories = new DeferredStories();
        stories.InsertStory();
        Assert.True(stories.Active);

        stories.Stop();

        Assert.False(stories.Active);
        Assert.Empty(stories.Members(1));
    }
}
