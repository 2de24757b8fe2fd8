using NewsArchive.Parsing;

namespace NewsArchive.Search;

/// <summary>
/// One article for reading: title and paragraphs as safe HTML (the search's terms in <c>&lt;mark&gt;</c> when
/// it was opened from a search), where its date came from, its neighbours by date, and the raw file's lines.
/// </summary>
public sealed record ArticleDetail(
    int Id,
    string Slug,
    string Title,
    string TitleHtml,
    DateOnly? PublishedOn,
    DateSource DateSource,
    string? Source,
    string Body,
    IReadOnlyList<string> ParagraphsHtml,
    bool Highlighted,
    int WordCount,
    string SourceFile,
    bool IsMissing,
    IReadOnlyList<OriginalLine> OriginalLines,
    ArticleLink? Older,
    ArticleLink? Newer)
{
    public string Url => $"/articles/{Id}/{Slug}";
}
