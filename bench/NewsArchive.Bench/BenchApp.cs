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
        catch (BenchSetupException ex)
        {
            await log.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        finally
        {
            // Only the private folder a smoke run made for itself (and marked) is removed.
            if (options.SmokeWork == options.Work && options.SmokeWork is not null && WorkFolder.IsOwned(options.SmokeWork))
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(options.SmokeWork, recursive: true);
            }
        }
    }

    /// <summary>Each profile in turn (or the one <c>--corpus</c> folder), each with its own tables in one report.</summary>
    private static async Task RunAllAsync(BenchOptions options, TextWriter log)
    {
        var report = new Report(log);
        var passes = options.Corpus is null ? options.Profiles : [options.Profile];
        if (options.GenerateOnly)
        {
            foreach (var profile in passes)
            {
                options.Profile = profile;
                Corpus.Ensure(options, log);
            }
            return;
        }
        foreach (var profile in passes)
        {
            options.Profile = profile;
            await RunPassAsync(options, report, log);
            await SaveAsync(options, report);
        }
    }

    private static async Task RunPassAsync(BenchOptions options, Report report, TextWriter log)
    {
        if (options.Reuse)
        {
            var database = options.Database("app");
            log.WriteLine($"reuse: searching {database} as a previous run left it (no corpus, no import)");
            report.Header(options);
            await ReadSideAsync(options, report, database, ArticleCount(database), log);
            return;
        }
        var corpusBytes = Corpus.Ensure(options, log);
        var import = await ImportBench.RunAsync(options, corpusBytes, log);
        report.Header(options, corpusBytes);
        report.Import(import);
        if (!options.ImportOnly)
        {
            await ReadSideAsync(options, report, import.AppDatabase, import.App.Articles, log);
        }
    }

    private static async Task ReadSideAsync(BenchOptions options, Report report, string database, int articles, TextWriter log)
    {
        var (search, browse, note) = await SearchBench.RunAsync(options, database, articles, log);
        report.Comparison("search (top 20 + total)", search);
        report.Comparison("browse", browse);
        if (note is not null)
        {
            report.Line("");
            report.Line("Note: " + note);
        }
    }

    private static int ArticleCount(string database)
    {
        if (!File.Exists(database))
        {
            throw new ArgumentException($"--reuse: there is no {database}; run once without --reuse (same --work) first.");
        }
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Articles";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task SaveAsync(BenchOptions options, Report report)
    {
        if (options.Report is not null)
        {
            await File.WriteAllTextAsync(options.Report, report.Text);
        }
    }
}
