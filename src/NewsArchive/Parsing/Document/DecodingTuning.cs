namespace NewsArchive.Parsing.Document;

/// <summary>Thresholds of the decoder (see <see cref="ParserTuning"/>).</summary>
internal sealed record DecodingTuning
{
    /// <summary>Text with a larger share of control characters (among the visible ones) is not text.</summary>
    public double MaxControlShare { get; init; } = 0.1;
}
