using NewsArchive.Parsing.Decoding;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing;

/// <summary>
/// Turns the bytes of one scraped article file into a <see cref="ParsedArticle"/>. Pure: no I/O, clock or
/// database, and never throws for bad content. The bytes are decoded (<see cref="TextDecoder"/>) and normalised
/// (<see cref="TextNormaliser"/>); then the stages of a <see cref="ParserPipeline"/> fill one
/// <see cref="ParseDocument"/> in a fixed order: lines, kinds, roles, title, date, source, body.
/// </summary>
public sealed class ArticleTextParser : IArticleParser
{
    /// <summary>Bumped whenever parsing changes, so re-import re-parses unchanged files.</summary>
    public const int Version = 11;

    /// <summary>The warning of an article kept although no article region was found (<see cref="ParsedArticle.LowConfidence"/>).</summary>
    public const string LowConfidenceWarning =
        "No article region was found (a table, a list, a very short item or an odd layout): the article keeps every line that is not clearly website furniture.";

    private readonly ParserOptions _options;
    private readonly ParserTuning _tuning;
    private readonly IReadOnlyList<IParseStage> _stages;

    public ArticleTextParser()
        : this(new ParserOptions())
    {
    }

    public ArticleTextParser(ParserOptions options)
        : this(options, ParserTuning.Default)
    {
    }

    internal ArticleTextParser(ParserOptions options, ParserTuning tuning)
        : this(options, tuning, ParserPipeline.Create(tuning))
    {
    }

    /// <param name="options">The size limit.</param>
    /// <param name="tuning">The decoder's thresholds (the stages hold their own).</param>
    /// <param name="pipeline">The stages.</param>
    internal ArticleTextParser(ParserOptions options, ParserTuning tuning, ParserPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tuning);
        ArgumentNullException.ThrowIfNull(pipeline);
        (_options, _tuning, _stages) = (options, tuning, pipeline.Stages);
    }

    /// <summary>Files larger than this are refused unread.</summary>
    public int MaxFileBytes => _options.MaxFileBytes;

    /// <param name="fileName">The file's name, for messages only.</param>
    /// <param name="bytes">The file's content.</param>
    /// <param name="knownBoilerplate">Lines the archive has seen in many files (normalised, trimmed), treated as boilerplate.</param>
    /// <param name="today">The import day: no date later than the day after it is taken (the caller reads its clock).</param>
    public ParseResult Parse(string fileName, ReadOnlySpan<byte> bytes, IReadOnlySet<string>? knownBoilerplate = null, DateOnly? today = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (bytes.Length > _options.MaxFileBytes)
        {
            return ParseResult.Fail($"The file is {bytes.Length:N0} bytes, over the {_options.MaxFileBytes:N0}-byte limit.");
        }
        var decoded = TextDecoder.Decode(bytes, _tuning);
        if (decoded.Text is null)
        {
            return ParseResult.Fail(decoded.Error ?? "The file could not be decoded.");
        }
        var text = TextNormaliser.Normalise(decoded.Text);
        if (text.Length == 0)
        {
            return ParseResult.Fail("The file contains only whitespace.");
        }
        var document = new ParseDocument(text, knownBoilerplate, today);
        foreach (var stage in _stages)
        {
            stage.Run(document);
            if (document.Rejection is not null)
            {
                return ParseResult.Fail(document.Rejection);
            }
        }
        return ParseResult.Ok(Assemble(document, decoded.Warning));
    }

    private static ParsedArticle Assemble(ParseDocument document, string? decodeWarning)
    {
        var title = document.Title;
        var roles = document.BodyRoles;
        // The headline may have been taken into the body (a long or repeated one); it is not a paragraph,
        // unless it is the only text there is (a one-line brief is its own headline and body).
        var withoutTitle = document.BodyOf(roles);
        var paragraphs = withoutTitle.Count > 0 ? withoutTitle : document.Paragraphs;
        var warnings = new[] { decodeWarning, document.DateWarning, document.LowConfidence ? LowConfidenceWarning : null }.OfType<string>().ToList();
        return new ParsedArticle(title.Title, title.Derived, document.Date, document.DateSource, document.Source, paragraphs, document.Text, roles, warnings)
        {
            LowConfidence = document.LowConfidence,
        };
    }
}
