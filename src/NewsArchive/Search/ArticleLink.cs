namespace NewsArchive.Search;

/// <summary>A link to another article (the previous or next one by date).</summary>
public sealed record ArticleLink(int Id, string Slug, string Title, DateOnly? PublishedOn);
