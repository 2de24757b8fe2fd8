namespace NewsArchive.Parsing;

/// <summary>
/// The numeric thresholds of the classifier and the title finder. The defaults were chosen on the dev corpus;
/// they are settable only so that tools/cross-validate.sh can tune them on one half and measure on the other.
/// </summary>
public sealed record ParserTuning
{
    public static ParserTuning Default { get; } = new();

    /// <summary>Characters of running text worth one point towards the article region.</summary>
    public double TextUnit { get; init; } = 60;

    /// <summary>Points a furniture line (caption, prompt, menu item) costs the article region.</summary>
    public double FurniturePenalty { get; init; } = 1.5;

    /// <summary>Points a heading of what follows an article ("Comments", "Related stories") costs.</summary>
    public double SectionBreakPenalty { get; init; } = 4;

    /// <summary>The score a line needs to be taken as the headline; below it the title is derived.</summary>
    public double TitleMinScore { get; init; } = 1.5;
}
