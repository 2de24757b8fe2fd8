namespace NewsArchive.Bench;

/// <summary>
/// One command for the whole benchmark: corpus, import (app against raw FTS5), search mix and browsing (the
/// app over HTTP against raw SQLite), printed side by side. Exit 0 when it ran, 1 when a part failed, 2 for
/// bad usage.
/// </summary>
public static class BenchApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(log);
        if (args is ["--child", var kind, var corpus, var database])
        {
            return await ImportBench.RunChildAsync(kind, corpus, database, Console.Out);
        }
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            await log.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
        try
        {
            await RunAllAsync(options, log);
            return 0;
        }
        finally
        {
            if (options.Work.Contains("newsarchive-bench-smoke-", StringComparison.Ordinal) && Directory.Exists(options.Work))
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(options.Work, recursive: true);
            }
        }
    }

    private static async Task RunAllAsync(BenchOptions options, TextWriter log)
    {
        var report = new Report(log);
        var corpusBytes = Corpus.Ensure(options, log);
        var import = await ImportBench.RunAsync(options, corpusBytes, log);
        report.Header(options);
        if (options.ImportOnly)
        {
            report.Import(import);
            await SaveAsync(options, report);
            return;
        }
        var (search, browse, note) = await SearchBench.RunAsync(options, import.AppDatabase, import.App.Articles, log);
        report.Import(import);
        report.Comparison("search (top 20 + total)", search);
        report.Comparison("browse", browse);
        if (note is not null)
        {
            report.Line("");
            report.Line("Note: " + note);
        }
        await SaveAsync(options, report);
    }

    private static async Task SaveAsync(BenchOptions options, Report report)
    {
        if (options.Report is not null)
        {
            await File.WriteAllTextAsync(options.Report, report.Text);
        }
    }
}
