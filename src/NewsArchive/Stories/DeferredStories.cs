namespace NewsArchive.Stories;

/// <summary>
/// The run's stories in memory, so that articles can be placed ahead of the writer (<see cref="StoryFinder.PlaceDeferredAsync"/>)
/// without asking the database what it is about to be told: each story's members (article id and day, as
/// <c>StorySketches</c> would give them) and the id the next story row will get. Only kept for a run that began with
/// no sketches and no stories (so every story is one this table saw made) and whose every story change went
/// through it: any change made on the serial path (<see cref="StoryStore"/> not deferring) stops it for the rest of the run
/// (<see cref="Stop"/>), and a stopped table is never used again.
/// </summary>
internal sealed class DeferredStories
{
    private readonly Dictionary<int, List<(int Id, int Day)>> _members = [];
    private readonly SortedSet<int> _live = [];

    /// <summary>Whether articles may still be placed ahead of the writer (see the class summary).</summary>
    public bool Active { get; private set; } = true;

    /// <summary>Stops the table for the rest of the run (a story change it did not see, or an article it cannot place in memory).</summary>
    public void Stop()
    {
        Active = false;
        _members.Clear();
        _live.Clear();
    }

    /// <summary>
    /// A new story's id: the table has no AUTOINCREMENT, so SQLite gives one more than the largest id it holds (1 when
    /// empty), deleted ones included in the reckoning only while they are there. The writer checks the row it inserts gets it.
    /// </summary>
    public int InsertStory()
    {
        var id = (_live.Count > 0 ? _live.Max : 0) + 1;
        _live.Add(id);
        _members.Add(id, []);
        return id;
    }

    public void DeleteStory(int storyId)
    {
        _live.Remove(storyId);
        _members.Remove(storyId);
    }

    /// <summary>An article's sketch row written (into a story, or none).</summary>
    public void Add(int? storyId, int articleId, int day)
    {
        if (storyId is { } s)
        {
            _members[s].Add((articleId, day));
        }
    }

    /// <summary>An article's sketch row moved from one story (or none) to another (or none).</summary>
    public void Move(int articleId, int day, int? from, int? to)
    {
        if (from == to)
        {
            return;
        }
        if (from is { } f && _members.TryGetValue(f, out var old))
        {
            old.Remove((articleId, day));
        }
        Add(to, articleId, day);
    }

    /// <summary>A story's members as <c>StoryStore.StoryMembersAsync</c> reads them: dated by day, then undated; ties by id (a new list).</summary>
    public List<(int Id, int Day)> Members(int storyId)
    {
        if (!_members.TryGetValue(storyId, out var members))
        {
            return [];
        }
        var sorted = new List<(int Id, int Day)>(members);
        sorted.Sort(static (a, b) =>
        {
            var c = (a.Day == 0).CompareTo(b.Day == 0);
            if (c == 0)
            {
                c = a.Day.CompareTo(b.Day);
            }
            return c != 0 ? c : a.Id.CompareTo(b.Id);
        });
        return sorted;
    }
}
