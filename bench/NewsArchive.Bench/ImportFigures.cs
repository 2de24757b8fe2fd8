namespace NewsArchive.Bench;

/// <summary>What one import measured.</summary>
/// <param name="Articles">Articles stored.</param>
/// <param name="Seconds">Wall time of the import itself (not process start or schema creation).</param>
/// <param name="PeakBytes">Peak working set of the importing process, or 0 when not measured.</param>
public sealed record ImportFigures(int Articles, double Seconds, long PeakBytes)
{
    public double PerSecond => Articles / Seconds;

    public string ToLine() => FormattableString.Invariant($"RESULT {Articles} {Seconds:R} {PeakBytes}");

    public static ImportFigures? FromLine(string line)
    {
        var parts = line.Split(' ');
        return parts is ["RESULT", var a, var s, var p]
            ? new ImportFigures(int.Parse(a, System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(s, System.Globalization.CultureInfo.InvariantCulture), long.Parse(p, System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }
}
