namespace NewsArchive.Bench;

/// <summary>Latency percentiles (milliseconds, nearest rank) and throughput of one measured request kind.</summary>
public sealed record LatencyStats(int Count, int Errors, double P50, double P95, double P99, double PerSecond)
{
    public static LatencyStats From(List<double> milliseconds, int errors, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        if (milliseconds.Count == 0)
        {
            return new LatencyStats(0, errors, double.NaN, double.NaN, double.NaN, 0);
        }
        milliseconds.Sort();
        return new LatencyStats(milliseconds.Count, errors, Percentile(milliseconds, 50), Percentile(milliseconds, 95),
            Percentile(milliseconds, 99), milliseconds.Count / elapsed.TotalSeconds);
    }

    public static double Percentile(List<double> sorted, double percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
