namespace NewsArchive.Parsing.Document;

/// <summary>Weights of the article region: what each kind of line scores for or against it (see <see cref="ParserTuning"/>).</summary>
internal sealed record ClassificationTuning
{
    /// <summary>Characters of running text worth one point towards the article region.</summary>
    public double TextUnit { get; init; } = 60;

    /// <summary>The most points one line of running text is worth.</summary>
    public double MaxTextScore { get; init; } = 8;

    /// <summary>Points a short line costs the article region.</summary>
    public double BriefPenalty { get; init; } = 1;

    /// <summary>Points a short line costs when it reads as a sentence, ends with a colon or is wide-script prose.</summary>
    public double SentenceBriefPenalty { get; init; } = 0.3;

    /// <summary>Wide-script lines at least this long (effective length) read as prose, not a menu.</summary>
    public int WideProseMinLength { get; init; } = 45;

    /// <summary>Points a list item is worth.</summary>
    public double ListItemScore { get; init; } = 0.2;

    /// <summary>Points a furniture line (caption, prompt, menu item) costs the article region.</summary>
    public double FurniturePenalty { get; init; } = 1.5;

    /// <summary>Furniture lines in a row that cost in full; after them (a gallery, a share bar) each costs less...</summary>
    public int FurnitureRunAtFullCost { get; init; } = 3;

    /// <summary>...this share of its cost.</summary>
    public double LongFurnitureRunCost { get; init; } = 0.5;

    /// <summary>Points a heading of what follows an article ("Comments", "Related stories") costs.</summary>
    public double SectionBreakPenalty { get; init; } = 4;

    /// <summary>A short line between paragraphs stays in the body as a subheading up to this many words.</summary>
    public int SubheadingMaxWords { get; init; } = 15;
}
