namespace NewsArchive.Parsing.Document;

/// <summary>Thresholds of the line reader and its measurements (see <see cref="ParserTuning"/>).</summary>
internal sealed record LinesTuning
{
    /// <summary>What follows the header date on the first line is junk (a lone "0", a dash) up to this length when it has no letter.</summary>
    public int MaxHeaderJunkLength { get; init; } = 3;

    /// <summary>What a CJK or Hangul character adds to a line's effective length, beyond its own character.</summary>
    public int WideCharExtraLength { get; init; } = 2;

    /// <summary>A line is in a wide script (CJK, Hangul) when more than this share of its letters are wide characters.</summary>
    public double WideScriptMinShare { get; init; } = 0.5;
}
