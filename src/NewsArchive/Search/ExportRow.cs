namespace NewsArchive.Search;

/// <summary>One match of an export (CSV, JSON, Atom): what identifies and describes the article, not its text.</summary>
public sealed record ExportRow(int Id, string Slug, string Title, DateOnly? PublishedOn, string? Source, int WordCount);
