namespace NewsArchive.Parsing;

/// <summary>What the parser made of one file: the article and every line's role.</summary>
/// <param name="Title">The headline, or one derived from the first sentence (see <paramref name="TitleDerived"/>).</param>
/// <param name="TitleDerived">True when the file has no headline line and the title was cut from the first sentence.</param>
/// <param name="PublishedOn">The publication date, or null when the file states none.</param>
/// <param name="DateSource">Where <paramref name="PublishedOn"/> came from.</param>
/// <param name="Source">The outlet when the text names it, else null.</param>
/// <param name="Paragraphs">The body paragraphs, boilerplate removed.</param>
/// <param name="Text">The decoded, normalised text of the whole file (LF line ends).</param>
/// <param name="Lines">Each line of <paramref name="Text"/> with the role the parser gave it.</param>
/// <param name="Warnings">Things a person may want to know (odd encoding, invalid header date).</param>
public sealed record ParsedArticle(
    string Title,
    bool TitleDerived,
    DateOnly? PublishedOn,
    DateSource DateSource,
    string? Source,
    IReadOnlyList<string> Paragraphs,
    string Text,
    IReadOnlyList<LineRole> Lines,
    IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// True when no article region was found and the body is every line that is not clearly furniture (a
    /// table, a list, a very short wire item): kept rather than refused, with a warning saying so.
    /// </summary>
    public bool LowConfidence { get; init; }

    /// <summary>The body: paragraphs separated by a blank line.</summary>
    public string Body => string.Join("\n\n", Paragraphs);
}
