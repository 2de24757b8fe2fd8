namespace NewsArchive.Parsing.Document;

/// <summary>Limits of the source finder (see <see cref="ParserTuning"/>).</summary>
internal sealed record SourceTuning
{
    /// <summary>"X - Story" names an outlet only when the story has at least this many words.</summary>
    public int MinStoryWords { get; init; } = 8;

    /// <summary>Lines shorter than this are not searched.</summary>
    public int MinLineChars { get; init; } = 6;

    /// <summary>Lines longer than this are not searched.</summary>
    public int MaxLineChars { get; init; } = 2000;

    /// <summary>An outlet's name has at least this many characters.</summary>
    public int MinNameChars { get; init; } = 2;
}
