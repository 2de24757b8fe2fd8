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
    public const int Version = 6;

    /// <summary>The warning of an article kept although no article region was found (<see cref="ParsedArticle.LowConfidence"/>).</summary>
    public const string LowConfidenceWarning =
        "No article region was found (a table, a list, a very short item or an odd layout): the article keeps every line that is not clearly website furniture.";

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
    /// <param name="today">The import day: no date later than the day after it is taken (the caller reads its clock).</param>
    public ParseResult Parse(string fileName, ReadOnlySpan<byte> bytes, IReadOnlySet<string>? knownBoilerplate = null, DateOnly? today = null)
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
        var lowConfidence = paragraphs.Count == 0;
        if (lowConfidence)
        {
            // Real text is never refused: an earnings table or a one-line brief is news the classifier cannot place.
            classification = KeepAllText(lines, classification);
            paragraphs = lines.Paragraphs(classification);
            if (paragraphs.Count == 0)
            {
                return ParseResult.Fail(lines.Header.Present
                    ? "The file has a date header but no words after it."
                    : "The file has no words: no line contains a letter or a digit.");
            }
        }
        return ParseResult.Ok(Assemble(text, lines, classification, paragraphs, decoded.Warning, PlausibleDates.Until(today), lowConfidence));
    }

    // The lines that are not clearly furniture, else every line with a letter or a digit, become the body.
    private static Classification KeepAllText(ArticleLines lines, Classification classification)
    {
        var kinds = classification.Kinds;
        var hasWords = lines.Contents.Select(c => c.Any(char.IsLetterOrDigit)).ToArray();
        var notFurniture = Enumerable.Range(0, kinds.Length).Where(i => hasWords[i] && kinds[i] is not (LineKind.Furniture or LineKind.SectionBreak or LineKind.Blank)).ToHashSet();
        var kept = notFurniture.Count > 0 ? notFurniture : Enumerable.Range(0, kinds.Length).Where(i => hasWords[i]).ToHashSet();
        var roles = new LineRole[kinds.Length];
        for (var i = 0; i < roles.Length; i++)
        {
            roles[i] = kept.Contains(i) ? LineRole.Body : kinds[i] == LineKind.Blank ? LineRole.Blank : LineRole.Boilerplate;
        }
        return new Classification(roles, kinds, kept.Count > 0 ? kept.Min() : -1);
    }

    private ParsedArticle Assemble(string text, ArticleLines lines, Classification classification, IReadOnlyList<string> paragraphs, string? decodeWarning, PlausibleDates plausible, bool lowConfidence)
    {
        // The headline and the date are found against the hand-written classification (their models were fitted
        // on it); the learned line classifier decides the body lines (not when no article region was found).
        var title = TitleRanker.Choose(lines, classification, paragraphs, model);
        var roles = lines.FinalRoles(lowConfidence ? classification : LineClassifier.Refine(lines, classification, model), title);
        // The headline may have been taken into the body (a long or repeated one); it is not a paragraph,
        // unless it is the only text there is (a one-line brief is its own headline and body).
        var withoutTitle = lines.Paragraphs(roles);
        paragraphs = withoutTitle.Count > 0 ? withoutTitle : paragraphs;
        var header = lines.Header;
        var headerDate = plausible.Keep(header.Date);
        var headerWarning = header.Date is { } stated && headerDate is null
            ? $"The header date {stated:yyyy-MM-dd} is outside the plausible range ({plausible.Earliest:yyyy-MM-dd} to {plausible.Latest:yyyy-MM-dd}); the article has no date from the header."
            : header.Warning;
        var date = headerDate ?? DateRanker.Choose(lines, classification, title.Index, model, plausible);
        var dateSource = headerDate is not null ? DateSource.Header : date is not null ? DateSource.Text : DateSource.None;
        var warnings = new[] { decodeWarning, headerWarning, lowConfidence ? LowConfidenceWarning : null }.OfType<string>().ToList();
        return new ParsedArticle(title.Title, title.Derived, date, dateSource, SourceFinder.Find(lines.Contents), paragraphs, text, roles, warnings)
        {
            LowConfidence = lowConfidence,
        };
    }
}
