namespace NewsArchive.Search;

/// <summary>One result: the article and a snippet as safe HTML (text encoded; matches in <c>&lt;mark&gt;</c>).</summary>
public sealed record SearchHit(int Id, string Slug, string Title, DateOnly? PublishedOn, string? Source, string SnippetHtml);
