namespace NewsArchive.Parsing;

/// <summary>
/// Turns the bytes of one scraped article file into a <see cref="ParsedArticle"/>. Pure: no I/O, clock or
/// database, and never throws for bad content. The stages are separate classes: <see cref="TextDecoder"/>,
/// <see cref="TextNormaliser"/>, <see cref="HeaderReader"/>, <see cref="LineKinds"/> and
/// <see cref="ArticleRegion"/>, <see cref="TitleFinder"/>, <see cref="TextDateFinder"/>, <see cref="SourceFinder"/>.
/// </summary>
public sealed class ArticleTextParser(ParserOptions options, ParserTuning tuning, ExtractionModel model)
{
    /// <summary>Bumped whenever parsing changes, so re-import re-parses unchanged files.</summary>
    public const int Version = 5;

    /// <summary>Files larger than this are refused unread.</summary>
    public int MaxFileBytes => options.MaxFileBytes;

    public ArticleTextParser()
        : this(new ParserOptions())
    {
    }

    public ArticleTextParser(ParserOptions options)
        : this(options, ParserTuning.Default)
    {
    }

    public ArticleTextParser(ParserOptions options, ParserTuning tuning)
        : this(options, tuning, ExtractionModel.Embedded)
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
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null)
        {
            return ParseResult.Fail(decoded.Error ?? "The file could not be decoded.");
        }
        var text = TextNormaliser.Normalise(decoded.Text);
        if (text.Length == 0)
        {
            return ParseResult.Fail("The file contains only whitespace.");
        }
        var lines = ArticleLines.Read(text);
        var classification = ArticleRegion.Classify(lines.Contents, lines.Features, LineKinds.Assign(lines.Contents, lines.Features, knownBoilerplate), tuning);
        var paragraphs = lines.Paragraphs(classification);
        if (paragraphs.Count == 0)
        {
            return ParseResult.Fail("No article text was found: every line looks like website furniture.");
        }
        return ParseResult.Ok(Assemble(text, lines, classification, paragraphs, decoded.Warning));
    }

    private ParsedArticle Assemble(string text, ArticleLines lines, Classification classification, IReadOnlyList<string> paragraphs, string? decodeWarning)
    {
        // The headline and the date are found against the hand-written classification (their models were fitted
        // on it); the learned line classifier decides the body lines.
        var title = TitleRanker.Choose(lines, classification, paragraphs, model);
        var roles = lines.FinalRoles(LineClassifier.Refine(lines, classification, model), title);
        // The headline may have been taken into the body (a long or repeated one); it is not a paragraph.
        paragraphs = lines.Paragraphs(roles);
        var header = lines.Header;
        var date = header.Date ?? DateRanker.Choose(lines, classification, title.Index, model);
        var dateSource = header.Date is not null ? DateSource.Header : date is not null ? DateSource.Text : DateSource.None;
        var warnings = new[] { decodeWarning, header.Warning }.OfType<string>().ToList();
        return new ParsedArticle(title.Title, title.Derived, date, dateSource, SourceFinder.Find(lines.Contents), paragraphs, text, roles, warnings);
    }
}
