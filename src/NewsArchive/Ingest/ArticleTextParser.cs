namespace NewsArchive.Ingest;

/// <summary>
/// Turns the bytes of one scraped article file into a <see cref="ParsedArticle"/>. Pure: no I/O, clock or
/// database, and never throws for bad content.
/// </summary>
public sealed class ArticleTextParser(ParserOptions options)
{
    /// <summary>Bumped whenever parsing changes, so re-import re-parses unchanged files.</summary>
    public const int Version = 1;

    /// <summary>Files larger than this are refused unread.</summary>
    public int MaxFileBytes => options.MaxFileBytes;

    public ArticleTextParser()
        : this(new ParserOptions())
    {
    }

    /// <param name="fileName">The file's name, for messages only.</param>
    /// <param name="bytes">The file's content.</param>
    /// <param name="knownBoilerplate">Lines the archive has seen in many files (normalised, trimmed), treated as boilerplate.</param>
    public ParseResult Parse(string fileName, ReadOnlySpan<byte> bytes, IReadOnlySet<string>? knownBoilerplate = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (bytes.Length > options.MaxFileBytes)
        {
            return ParseResult.Fail($"The file is {bytes.Length:N0} bytes, over the {options.MaxFileBytes:N0}-byte limit.");
        }
        // Placeholder until the stages land: every non-empty line is body.
        var text = System.Text.Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        var paragraphs = lines.Where(l => l.Trim().Length > 0).Select(l => l.Trim()).ToList();
        if (paragraphs.Count == 0)
        {
            return ParseResult.Fail("The file is empty.");
        }
        var roles = lines.Select(l => l.Trim().Length == 0 ? LineRole.Blank : LineRole.Body).ToList();
        return ParseResult.Ok(new ParsedArticle(paragraphs[0], true, null, DateSource.None, null, paragraphs, text, roles, []));
    }
}
