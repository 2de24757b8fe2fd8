namespace NewsArchive.Parsing.Document;

/// <summary>Thresholds of the line-shape recognisers: running text, title shape, date lines, headline lists (see <see cref="ParserTuning"/>).</summary>
internal sealed record ShapeTuning
{
    /// <summary>Running text in a wide script (CJK, Hangul) is at least this long (effective length)...</summary>
    public int WideTextMinLength { get; init; } = 60;

    /// <summary>...and ends a sentence, or is at least this long.</summary>
    public int WideTextUnpunctuatedMinLength { get; init; } = 160;

    /// <summary>Running text has at least this many words...</summary>
    public int TextMinWords { get; init; } = 8;

    /// <summary>...at least this many characters...</summary>
    public int TextMinChars { get; init; } = 50;

    /// <summary>...and more than this many letters a digit.</summary>
    public int TextMinLettersPerDigit { get; init; } = 2;

    /// <summary>A sentence is running text with at least this share of stop words...</summary>
    public double SentenceMinStopDensity { get; init; } = 0.1;

    /// <summary>...or at least this many words.</summary>
    public int SentenceMinWords { get; init; } = 12;

    /// <summary>An unpunctuated line is running text only with fewer capitalised words than this share...</summary>
    public double UnpunctuatedMaxCapitalisedShare { get; init; } = 0.5;

    /// <summary>...and at least this many words...</summary>
    public int UnpunctuatedMinWords { get; init; } = 15;

    /// <summary>...with at least this share of stop words...</summary>
    public double UnpunctuatedMinStopDensity { get; init; } = 0.2;

    /// <summary>...or at least this many words.</summary>
    public int UnpunctuatedLongWords { get; init; } = 30;

    /// <summary>A line is title-cased when at least this share of its words is capitalised.</summary>
    public double TitleCaseShare { get; init; } = 0.6;

    /// <summary>A title has at most this many words...</summary>
    public int TitleMaxWords { get; init; } = 30;

    /// <summary>...at most this many characters...</summary>
    public int TitleMaxChars { get; init; } = 250;

    /// <summary>...at least this many words...</summary>
    public int TitleMinWords { get; init; } = 2;

    /// <summary>...or, in a wide script, at least this effective length.</summary>
    public int TitleMinWideLength { get; init; } = 10;

    /// <summary>A line of at most this many words with a date in it is a date line, not a title.</summary>
    public int TitleDateMaxWords { get; init; } = 10;

    /// <summary>A date line (a timestamp, a dated list entry) has at most this many words...</summary>
    public int DateLineMaxWords { get; init; } = 10;

    /// <summary>...or this many when it is a byline.</summary>
    public int BylineDateLineMaxWords { get; init; } = 20;

    /// <summary>A line that could be a headline has at least this many words.</summary>
    public int HeadlineMinWords { get; init; } = 4;

    /// <summary>How far (in non-empty lines) other entries of a dated list are looked for.</summary>
    public int DatedListReach { get; init; } = 12;

    /// <summary>How many other headline/date pairs make a dated list.</summary>
    public int DatedListMinOthers { get; init; } = 2;

    /// <summary>A line shorter than this holds no full date.</summary>
    public int DateMinChars { get; init; } = 6;

    /// <summary>The earliest year a date in the text may have.</summary>
    public int MinYear { get; init; } = 1900;

    /// <summary>The latest year a date in the text may have.</summary>
    public int MaxYear { get; init; } = 2100;
}
