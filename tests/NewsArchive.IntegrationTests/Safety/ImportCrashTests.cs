using Microsoft.Data.Sqlite;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace NewsArchive.IntegrationTests.Safety;

public sealed class ImportCrashTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task An_import_killed_mid_way_is_completed_by_the_next_one_without_duplicates_or_half_written_articles()
    {
        var folder = _temp.Combine("generated");
        var database = _temp.Combine("crash.db");
        var (files, afterKill) = await KillAnImportMidWayAsync(folder, database);

        Assert.Equal(0, afterKill.Articles % ArchiveImporter.BatchSize);
        Assert.Equal(ArchiveState.Consistent(afterKill.Articles), afterKill);
        using var again = new CliProcess("import", folder, "--db", database);
        var exit = await again.WaitAsync(TimeSpan.FromMinutes(4)); // patient: the machine is shared

        output.WriteLine($"files={files} after kill={afterKill.Articles} second run: {again.Stdout.Trim()}");
        Assert.Equal(0, exit);
        Assert.Equal($"added={files - afterKill.Articles} updated=0 unchanged={afterKill.Articles} failed=0 missing=0", again.Stdout.Trim());
        Assert.Equal(ArchiveState.Consistent(files), await ArchiveState.ReadAsync(database));
        Assert.Equal(["Interrupted", "Succeeded"], await RunStatusesAsync(database));
    }

    /// <summary>
    /// Starts a CLI import and kills it once some batches are committed but not all. Should the machine import
    /// the whole folder before the first poll sees it, it tries again with four times as many files.
    /// </summary>
    private async Task<(int Files, ArchiveState AfterKill)> KillAnImportMidWayAsync(string folder, string database)
    {
        var written = 0;
        foreach (var files in new[] { 3000, 12000 })
        {
            GeneratedArticles.Write(folder, written, files);
            written = files;
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(_temp.Path, "crash.db*"))
            {
                File.Delete(file);
            }
            using var import = new CliProcess("import", folder, "--db", database);
            var seen = await WaitForSomeArticlesAsync(import, database, files);
            import.Kill();
            await import.WaitAsync(TimeSpan.FromSeconds(30));
            output.WriteLine($"files={files}: saw {seen} articles before the kill");
            var state = await ArchiveState.ReadAsync(database);
            if (seen is > 0 && state.Articles < files)
            {
                return (files, state);
            }
        }
        throw new InvalidOperationException("The import always finished before it could be killed.");
    }

    private static async Task<int?> WaitForSomeArticlesAsync(CliProcess import, string database, int files)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!import.HasExited && DateTime.UtcNow < deadline)
        {
            var count = await TryCountAsync(database);
            if (count > 0)
            {
                return count < files ? count : null;
            }
            await Task.Delay(5);
        }
        return null;
    }

    private static async Task<int> TryCountAsync(string database)
    {
        if (!File.Exists(database))
        {
            return 0;
        }
        try
        {
            await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False;Default Timeout=1");
            await connection.OpenAsync();
            return await ArchiveState.ScalarAsync(connection, "SELECT count(*) FROM Articles");
        }
        catch (SqliteException)
        {
            return 0; // not migrated yet, or busy
        }
    }

    private static async Task<List<string>> RunStatusesAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Status FROM ImportRuns ORDER BY Id";
        var statuses = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            statuses.Add(reader.GetString(0));
        }
        return statuses;
    }

    public void Dispose() => _temp.Dispose();
}
