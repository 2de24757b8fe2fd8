namespace NewsArchive.Data;

/// <summary>
/// Articles about one event: copies of the same text and different texts from other outlets close in time,
/// found at import (see <c>NewsArchive.Stories</c>). An article alone in its story has no row (its StoryId is null).
/// </summary>
public sealed class Story
{
    public int Id { get; set; }

    /// <summary>The title of its first report.</summary>
    public string Title { get; set; } = "";

    /// <summary>The first report: the earliest dated member (the lowest id among equals; among undated ones when none is dated).</summary>
    public int FirstArticleId { get; set; }

    public DateOnly? FirstPublished { get; set; }

    public DateOnly? LastPublished { get; set; }

    /// <summary>How many articles it has (two or more).</summary>
    public int Size { get; set; }
}
