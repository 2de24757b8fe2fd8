namespace NewsArchive.Parsing.Document;

/// <summary>Thresholds of the line reader (see <see cref="ParserTuning"/>).</summary>
public sealed record LinesTuning
{
    /// <summary>What follows the header date on the first line is junk (a lone "0", a dash) up to this length when it has no letter.</summary>
    public int MaxHeaderJunkLength { get; init; } = 3;
}
