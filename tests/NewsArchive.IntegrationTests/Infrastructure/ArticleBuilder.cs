using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Parsing;

namespace NewsArchive.IntegrationTests.Infrastructure;

/// <summary>
/// Articles for tests, written straight to the database (see <see cref="ArchiveArrange"/>), so search tests do
/// not depend on what the parser makes of a file. The raw text is the title and body; every line is kept.
/// </summary>
public sealed class ArticleBuilder(string title, string body)
{
    private DateOnly? _date;
    private DateSource _dateSource = DateSource.None;
    private string? _source;
    private string? _rawText;
    private string? _roles;

    public ArticleBuilder On(string date, DateSource from = DateSource.Header)
    {
        _date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        _dateSource = from;
        return this;
    }

    public ArticleBuilder From(string source)
    {
        _source = source;
        return this;
    }

    /// <summary>The raw file's lines with their roles; a line whose role is Boilerplate is shown as removed.</summary>
    public ArticleBuilder WithRawLines(params (string Text, LineRole Role)[] lines)
    {
        _rawText = string.Join('\n', lines.Select(l => l.Text));
        _roles = LineRoles.Encode(lines.Select(l => l.Role));
        return this;
    }

    public Article Build(string fileName) => new()
    {
        Title = title,
        Slug = Slugify(title) + "-" + Math.Abs(fileName.GetHashCode(StringComparison.Ordinal)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        PublishedOn = _date,
        DateSource = _dateSource,
        Source = _source,
        Body = body,
        WordCount = body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length,
        SourceFile = fileName,
        ContentHash = new string('0', 64),
        RawText = _rawText ?? $"{title}\n\n{body}",
        LineRoles = _roles ?? LineRoles.Encode([LineRole.Title, LineRole.Blank, .. body.Split('\n').Select(l => l.Length == 0 ? LineRole.Blank : LineRole.Body)]),
        ParserVersion = ArticleTextParser.Version,
        ImportedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        UpdatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        SortKey = SortKeys.DayBase(_date),
    };

    private static string Slugify(string text) =>
        string.Join('-', text.ToLowerInvariant().Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries));
}
