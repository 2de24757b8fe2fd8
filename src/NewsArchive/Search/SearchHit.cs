namespace NewsArchive.Search;

/// <summary>One result: the article and a snippet as safe HTML (text encoded; matches in <c>&lt;mark&gt;</c>).</summary>
public sealed record SearchHit(int Id, string Slug, string Title, DateOnly? PublishedOn, string? Source, string SnippetHtml)
{
    /// <summary>Its story, when it has one (see <see cref="StoryRow"/> for the rest of it).</summary>
    public int? StoryId { get; init; }

    /// <summary>The first of its copies, when it is a copy.</summary>
    public int? CopyOfId { get; init; }
}
