using System.Diagnostics;

namespace NewsArchive.Bench;

/// <summary>
/// Runs the raw FTS5 load and the app's import on the same corpus, each in a fresh child process so its peak
/// working set is its own, and measures the databases they leave.
/// </summary>
internal static class ImportBench
{
    public static async Task<ImportResults> RunAsync(BenchOptions options, long corpusBytes, TextWriter log)
    {
        WorkFolder.Prepare(options.Work);
        var appDb = options.Database("app");
        var rawDb = options.Database("raw");
        WorkFolder.DeleteDatabase(appDb);
        WorkFolder.DeleteDatabase(rawDb);
        log.WriteLine("import: raw FTS5 bulk load ...");
        var raw = await MeasureAsync("raw", options, rawDb);
        log.WriteLine($"import: raw {raw.PerSecond:F0} articles/s; app import ...");
        var app = await MeasureAsync(options.WithoutStories ? "app-nostories" : "app", options, appDb);
        if (options.SkipStoriesCost || options.WithoutStories)
        {
            log.WriteLine($"import: app {app.PerSecond:F0} articles/s");
            return new ImportResults(app, raw, corpusBytes, DatabaseBytes(appDb), DatabaseBytes(rawDb), appDb) { AppWithoutStories = options.WithoutStories };
        }
        log.WriteLine($"import: app {app.PerSecond:F0} articles/s; app import without stories ...");
        var plainDb = options.Database("app-nostories");
        WorkFolder.DeleteDatabase(plainDb);
        var plain = await MeasureAsync("app-nostories", options, plainDb);
        log.WriteLine($"import: app without stories {plain.PerSecond:F0} articles/s");
        var plainBytes = DatabaseBytes(plainDb);
        WorkFolder.DeleteDatabase(plainDb);
        return new ImportResults(app, raw, corpusBytes, DatabaseBytes(appDb), DatabaseBytes(rawDb), appDb) { WithoutStories = (plain, plainBytes) };
    }

    /// <summary>The child's side: run one import and print its figures on the last line.</summary>
    public static async Task<int> RunChildAsync(string kind, string corpus, string database, TextWriter stdout)
    {
        var figures = kind == "raw" ? RawFtsLoader.Load(corpus, database) : await AppImporter.ImportAsync(corpus, database, stories: kind != "app-nostories");
        using var self = Process.GetCurrentProcess();
        await stdout.WriteLineAsync((figures with { PeakBytes = self.PeakWorkingSet64, CpuSeconds = self.TotalProcessorTime.TotalSeconds }).ToLine());
        return 0;
    }

    private static async Task<ImportFigures> MeasureAsync(string kind, BenchOptions options, string database)
    {
        if (options.InProcess)
        {
            return kind == "raw" ? RawFtsLoader.Load(options.CorpusFolder, database) : await AppImporter.ImportAsync(options.CorpusFolder, database, stories: kind != "app-nostories");
        }
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        foreach (var arg in new[] { typeof(ImportBench).Assembly.Location, "--child", kind, options.CorpusFolder, database })
        {
            start.ArgumentList.Add(arg);
        }
        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the import child process.");
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        return output.Split('\n').Select(l => ImportFigures.FromLine(l.Trim())).LastOrDefault(f => f is not null)
            ?? throw new InvalidOperationException($"The {kind} import child failed (exit {child.ExitCode}): {output}");
    }

    private static long DatabaseBytes(string path) =>
        new[] { path, path + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);
}
