using System.Globalization;
using System.Text;

namespace NewsArchive.Bench;

/// <summary>Prints the results as Markdown tables (stdout and, when asked, a file for docs/performance.md).</summary>
internal sealed class Report(TextWriter output)
{
    private readonly StringBuilder _text = new();

    public string Text => _text.ToString();

    public void Header(BenchOptions options, long corpusBytes = 0)
    {
        var what = options.Corpus is not null
            ? $"corpus {options.Corpus}"
            : F($"{options.PassName} profile, {options.Count:N0} articles, seed {options.Seed}");
        var size = corpusBytes == 0 ? "" : F($", {corpusBytes / 1e6:F0} MB");
        Line("");
        Line(F($"## {what}{size}, {options.Workers} workers, {Environment.ProcessorCount} cores, {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}"));
    }

    /// <summary>The 1-, 5- and 15-minute load averages (Linux), since the machine is shared.</summary>
    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    public void Import(ImportResults r)
    {
        Line("");
        Line("| import | articles | seconds | articles/s | MB/s | CPU s | articles per CPU s | peak memory | database |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        ImportLine("raw FTS5 bulk load", r.Raw, r.CorpusBytes, r.RawDatabaseBytes);
        ImportLine(r.AppWithoutStories ? "app import without stories (parse, store, index)" : "app import (parse, store, index)", r.App, r.CorpusBytes, r.AppDatabaseBytes);
        Line(F($"| **app / raw** | | | **{r.App.PerSecond / r.Raw.PerSecond:P0}** | | | **{PerCpu(r.App) / PerCpu(r.Raw):P0}** | | {(double)r.AppDatabaseBytes / r.RawDatabaseBytes:F2}× |"));
        if (r.WithoutStories is var (plain, plainBytes))
        {
            ImportLine("app import without stories", plain, r.CorpusBytes, plainBytes);
            Line(F($"| **stories' cost** | | {r.App.Seconds / plain.Seconds - 1:P1} slower | {r.App.PerSecond / plain.PerSecond - 1:P1} | | | | {(r.App.PeakBytes == 0 ? "–" : $"{(r.App.PeakBytes - plain.PeakBytes) / 1e6:+0;-0} MB")} | {(r.AppDatabaseBytes - plainBytes) / 1e6:+0;-0} MB |"));
        }
        if (r.App.Phases is not null)
        {
            Line("");
            Line($"App import by phase (CPU s, loading phases summed over threads; wait-for-load is the writer's wall time): {r.App.Phases}");
        }
    }

    public void Comparison(string title, IEnumerable<ComparisonRow> rows)
    {
        Line("");
        Line($"| {title} | HTTP p50 | p95 | p99 | req/s | raw p50 | p95 | p99 | req/s | p50 ×raw | p95 ×raw | errors |");
        Line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var (h, r) = (row.Http, row.Raw);
            Line(F($"| {row.Name} | {Ms(h?.P50)} | {Ms(h?.P95)} | {Ms(h?.P99)} | {Rate(h)} | {Ms(r?.P50)} | {Ms(r?.P95)} | {Ms(r?.P99)} | {Rate(r)} | {Ratio(h?.P50, r?.P50)} | {Ratio(h?.P95, r?.P95)} | {(h?.Errors ?? 0) + (r?.Errors ?? 0)} |"));
        }
    }

    public void Line(string text)
    {
        _text.Append(text).Append('\n');
        output.WriteLine(text);
    }

    private void ImportLine(string name, ImportFigures f, long corpusBytes, long databaseBytes) =>
        Line(F($"| {name} | {f.Articles:N0} | {f.Seconds:F1} | {f.PerSecond:F0} | {corpusBytes / 1e6 / f.Seconds:F2} | {(f.CpuSeconds == 0 ? "–" : $"{f.CpuSeconds:F1}")} | {(f.CpuSeconds == 0 ? "–" : $"{PerCpu(f):F0}")} | {(f.PeakBytes == 0 ? "–" : $"{f.PeakBytes / 1e6:F0} MB")} | {databaseBytes / 1e6:F0} MB |"));

    private static double PerCpu(ImportFigures f) => f.CpuSeconds == 0 ? double.NaN : f.Articles / f.CpuSeconds;

    private static string Ms(double? value) => value is { } v && !double.IsNaN(v) ? F($"{v:F1} ms") : "–";

    private static string Rate(LatencyStats? stats) => stats is null ? "–" : F($"{stats.PerSecond:F0}");

    private static string Ratio(double? app, double? raw) => app is { } a && raw is { } r && r > 0 ? F($"{a / r:F2}") : "–";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
