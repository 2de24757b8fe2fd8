namespace NewsArchive.Parsing.Document;

/// <summary>Where the date stage looks for a date written in the text (see <see cref="ParserTuning"/>).</summary>
internal sealed record DateTuning
{
    /// <summary>No publication date is before the first of January of this year.</summary>
    public int EarliestYear { get; init; } = 1800;

    /// <summary>No publication date is more than this many days after the import day (a story dated tomorrow in another time zone).</summary>
    public int DaysAfterToday { get; init; } = 1;

    /// <summary>Lines below the start of the body still searched near the headline.</summary>
    public int LinesIntoBody { get; init; } = 3;

    /// <summary>Lines searched from the top when there is no body.</summary>
    public int LinesWithoutBody { get; init; } = 30;

    /// <summary>A line outside the body with a date is a date line up to this many words.</summary>
    public int DateLineMaxWords { get; init; } = 15;

    /// <summary>A line with a month and day (no year) is read up to this many words...</summary>
    public int YearlessMaxWords { get; init; } = 12;

    /// <summary>...when it is a byline, a publication line, or at most this many words.</summary>
    public int YearlessShortWords { get; init; } = 3;

    /// <summary>A copyright notice giving the year is shorter than this.</summary>
    public int CopyrightMaxChars { get; init; } = 300;

    /// <summary>A comments heading is at most this long.</summary>
    public int CommentsHeadingMaxChars { get; init; } = 300;

    /// <summary>The learned date ranker reads dates from lines of at most this many words...</summary>
    public int RankedMaxWords { get; init; } = 40;

    /// <summary>...and at most this many characters (a huge one-word line is no date line, and reading it would take long).</summary>
    public int RankedMaxChars { get; init; } = 400;

    /// <summary>...and at most this many dates a page.</summary>
    public int RankedMaxCandidates { get; init; } = 60;

    /// <summary>A date in a body line of more than this many words, with no cue ("Published", a byline), is an event in a sentence, not the page's date.</summary>
    public int BodySentenceMinWords { get; init; } = 12;
}
