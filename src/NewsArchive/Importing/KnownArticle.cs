namespace NewsArchive.Importing;

/// <summary>What the importer needs to know of an article already stored, to decide a file's outcome cheaply.</summary>
internal sealed record KnownArticle(int Id, string ContentHash, int ParserVersion, bool IsMissing, DateOnly? PublishedOn, long SortKey);
