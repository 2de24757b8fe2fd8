namespace NewsArchive.Parsing.Document;

/// <summary>Word and length limits of the furniture recognisers (see <see cref="ParserTuning"/>).</summary>
internal sealed record FurnitureTuning
{
    /// <summary>A line with more words is never furniture by its own text.</summary>
    public int MaxWords { get; init; } = 40;

    /// <summary>A longer line is never furniture by its own text.</summary>
    public int MaxChars { get; init; } = 400;

    /// <summary>Section headings, bylines and bare numbers have at most this many words.</summary>
    public int HeadingMaxWords { get; init; } = 8;

    /// <summary>Source credits, addresses and menu rows have at most this many words.</summary>
    public int CreditMaxWords { get; init; } = 12;

    /// <summary>A weak phrase ("copyright", "subscribe") makes furniture only of lines up to this many words.</summary>
    public int WeakPhraseMaxWords { get; init; } = 25;

    /// <summary>A line of at most this many words with more digits than letters is a bare number.</summary>
    public int NumbersMaxWords { get; init; } = 2;

    /// <summary>A heading of what follows the article has at most this many words.</summary>
    public int SectionBreakMaxWords { get; init; } = 10;

    /// <summary>A heading over links to other stories has at most this many words.</summary>
    public int LinkHeadingMaxWords { get; init; } = 4;

    /// <summary>A caption has at most this many words.</summary>
    public int CaptionMaxWords { get; init; } = 40;

    /// <summary>A credit line on its own has at most this many words.</summary>
    public int CreditLineMaxWords { get; init; } = 8;

    /// <summary>A line saying when the story was published is shorter than this.</summary>
    public int PublicationMaxChars { get; init; } = 200;

    /// <summary>An author's link under the headline is at most this long.</summary>
    public int AuthorLinkMaxChars { get; init; } = 80;

    /// <summary>A breadcrumb trail is at most this long.</summary>
    public int BreadcrumbMaxChars { get; init; } = 100;

    /// <summary>A menu row has at least this many spaced separators.</summary>
    public int MenuMinSeparators { get; init; } = 2;
}
