namespace NewsArchive.Parsing.Document;

/// <summary>Weights of the headline's score, and limits of the derived title (see <see cref="ParserTuning"/>).</summary>
internal sealed record TitleTuning
{
    /// <summary>The score a line needs to be taken as the headline; below it the title is derived.</summary>
    public double MinScore { get; init; } = 1.5;

    /// <summary>How many non-empty lines above the body are candidates.</summary>
    public int LinesToLookBack { get; init; } = 40;

    /// <summary>Points a candidate loses for each line between it and the body.</summary>
    public double DistancePenalty { get; init; } = 0.05;

    /// <summary>A line occurring more often than this above the body is a menu item, not a headline.</summary>
    public int MaxExactRepeats { get; init; } = 2;

    /// <summary>Occurrences (its own and lines containing it) that make a line repeated...</summary>
    public int RepeatedMinCount { get; init; } = 2;

    /// <summary>...worth these points.</summary>
    public double RepeatedBonus { get; init; } = 2;

    /// <summary>Points for the first line with text...</summary>
    public double FirstLineBonus { get; init; } = 2;

    /// <summary>...or these after a date header.</summary>
    public double FirstLineAfterHeaderBonus { get; init; } = 3.5;

    /// <summary>A first line of at most this many words (a section name, an author)...</summary>
    public int ShortFirstLineMaxWords { get; init; } = 2;

    /// <summary>...gets this share of the first-line points.</summary>
    public double ShortFirstLineShare { get; init; } = 0.5;

    /// <summary>Points for the share of the candidate's content words found in the body.</summary>
    public double SharedWordsWeight { get; init; } = 3;

    /// <summary>The share is taken of at least this many words, so that a two-word menu item does not win on a perfect ratio.</summary>
    public int SharedWordsMinCount { get; init; } = 3;

    /// <summary>Points for a line of a headline's length...</summary>
    public double GoodLengthBonus { get; init; } = 1;

    /// <summary>...at least this many words...</summary>
    public int GoodLengthMinWords { get; init; } = 4;

    /// <summary>...and at most this many.</summary>
    public int GoodLengthMaxWords { get; init; } = 25;

    /// <summary>A line of at most this many words (a menu item) is too short for a headline...</summary>
    public int TooShortMaxWords { get; init; } = 2;

    /// <summary>...and loses these points.</summary>
    public double TooShortPenalty { get; init; } = 1;

    /// <summary>Points for a title-cased line.</summary>
    public double TitleCaseBonus { get; init; } = 0.5;

    /// <summary>Points an ALL-CAPS line (a kicker, a section label) loses...</summary>
    public double AllCapsPenalty { get; init; } = 1.5;

    /// <summary>...when it has at least this many letters.</summary>
    public int AllCapsMinLetters { get; init; } = 4;

    /// <summary>Points an entry of a list of links to other stories loses.</summary>
    public double ListEntryPenalty { get; init; } = 1.5;

    /// <summary>Points when the next line is a byline or a date...</summary>
    public double BylineNextBonus { get; init; } = 2;

    /// <summary>...or when one is near.</summary>
    public double BylineNearBonus { get; init; } = 1;

    /// <summary>How many non-empty lines below a candidate "near" reaches.</summary>
    public int BylineReach { get; init; } = 3;

    /// <summary>A line of at most this many words with a date in it reads as a dateline under a headline.</summary>
    public int BylineDateMaxWords { get; init; } = 12;

    /// <summary>How many lines around a candidate are searched for lines containing it (breadcrumbs, share lines).</summary>
    public int ContainerReach { get; init; } = 20;

    /// <summary>A candidate of at least this many words quoted again further down counts as repeated.</summary>
    public int QuotedMinWords { get; init; } = 4;

    /// <summary>How many paragraphs of the body its words are taken from.</summary>
    public int BodyWordParagraphs { get; init; } = 5;

    /// <summary>A body's first line competes as the headline when it occurs at least this often above the body's next lines.</summary>
    public int OpenerMinRepeats { get; init; } = 2;

    /// <summary>How many lines after its first one the body continues when its first line competes as the headline.</summary>
    public int OpenerBodyOffset { get; init; } = 3;

    /// <summary>Content words (shared with the body) have at least this many letters.</summary>
    public int ContentWordMinLength { get; init; } = 4;

    /// <summary>A derived title is at most this long.</summary>
    public int MaxDerivedLength { get; init; } = 120;

    /// <summary>The first sentence of a derived title ends no earlier than this.</summary>
    public int DerivedSentenceMinLength { get; init; } = 20;

    /// <summary>How many non-empty lines above the body the learned headline ranker reads (far repeats aside).</summary>
    public int RankedLinesToLookBack { get; init; } = 40;

    /// <summary>The learned headline ranker: a candidate line has at least this many letters...</summary>
    public int RankedMinLetters { get; init; } = 3;

    /// <summary>...at most this many characters...</summary>
    public int RankedMaxChars { get; init; } = 300;

    /// <summary>...and at most this many words.</summary>
    public int RankedMaxWords { get; init; } = 40;

    /// <summary>How many of the body's first lines compete with the lines above it (a headline taken into the body).</summary>
    public int RankedBodyLines { get; init; } = 3;

    /// <summary>A line of at least this many characters written twice anywhere on the page competes as the headline.</summary>
    public int FarRepeatMinChars { get; init; } = 12;

    /// <summary>How many paragraphs "the whole body" is, for the headline ranker's overlap with it (bounded: the parser's speed).</summary>
    public int AllBodyParagraphs { get; init; } = 10;

    /// <summary>A line above the body out of the look-back's reach competes as a variant of a candidate (a kicker variant, a prefix) when it has at least this many characters.</summary>
    public int FarVariantMinChars { get; init; } = 20;

    /// <summary>"Kicker: Headline" is a variant of another line when the smaller of their content-word sets has at least this many words...</summary>
    public int VariantMinWords { get; init; } = 2;

    /// <summary>...and at least this share of them is in the other.</summary>
    public double VariantMinShare { get; init; } = 0.6;
}
