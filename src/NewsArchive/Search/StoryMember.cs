namespace NewsArchive.Search;

/// <summary>One article of a story: what a list of its coverage shows.</summary>
public sealed record StoryMember(int Id, string Title, string Slug, DateOnly? PublishedOn, string? Source, int? CopyOfId)
{
    /// <summary>The first article of its group of copies (itself when it is the first or has none).</summary>
    public int CopyRoot => CopyOfId ?? Id;
}
