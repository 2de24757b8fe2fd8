namespace NewsArchive.Bench;

/// <summary>What one import measured.</summary>
/// <param name="Articles">Articles stored.</param>
/// <param name="Seconds">Wall time of the import itself (not process start or schema creation).</param>
/// <param name="PeakBytes">Peak working set of the importing process, or 0 when not measured.</param>
/// <param name="CpuSeconds">CPU time (user + system) of the importing process, every thread; 0 when not measured. Steadier than wall time on a shared machine.</param>
public sealed record ImportFigures(int Articles, double Seconds, long PeakBytes, double CpuSeconds = 0)
{
    public double PerSecond => Articles / Seconds;

    /// <summary>The app import's time by phase as the importer logged it ("read=1.20s hash=0.30s …"), or null (raw side).</summary>
    public string? Phases { get; init; }

    public string ToLine() => FormattableString.Invariant($"RESULT {Articles} {Seconds:R} {PeakBytes} {CpuSeconds:R}{(Phases is null ? "" : " " + Phases)}");

    public static ImportFigures? FromLine(string line)
    {
        var parts = line.Split(' ', 6);
        var c = System.Globalization.CultureInfo.InvariantCulture;
        return parts is ["RESULT", var a, var s, var p, var cpu, ..]
            ? new ImportFigures(int.Parse(a, c), double.Parse(s, c), long.Parse(p, c), double.Parse(cpu, c)) { Phases = parts.Length > 5 ? parts[5] : null }
            : null;
    }
}
