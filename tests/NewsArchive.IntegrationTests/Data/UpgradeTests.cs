using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Admin;
using NewsArchive.Data;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.IntegrationTests.Safety;

namespace NewsArchive.IntegrationTests.Data;

/// <summary>A database made before the generated migrations (Fixtures/README.md) upgrades to the head without loss.</summary>
public sealed class UpgradeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_database_made_by_the_hand_written_migrations_upgrades_to_the_head_keeping_articles_index_and_settings()
    {
        var database = _folder.Combine("upgraded.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", "archive-main-2026-12-01.db"), database);
        var articlesBefore = await RowsAsync(database, "SELECT Id, SortKey, Slug, Title, Body, Source, PublishedOn, SourceFile, ContentHash, RawText FROM Articles ORDER BY Id");
        var settingsBefore = await RowsAsync(database, "SELECT Key, Value FROM Settings ORDER BY Key");
        var runsBefore = await RowsAsync(database, "SELECT Id, Status, Added FROM ImportRuns ORDER BY Id");

        await using (var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions($"Data Source={database}")))
        {
            Assert.Equal(["20261122000000_Initial", "20261122010000_LearnedBoilerplate", "20261122020000_SearchVocabulary", "20261122031500_LineCounts"],
                await db.Database.GetAppliedMigrationsAsync());
            Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());

            await ArchiveDatabase.MigrateAsync(db);

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            var hash = await new AdminPasswordStore(db).GetHashAsync();
            Assert.True(AdminPasswordHasher.Verify(hash!, "fixture password 2026"));
        }
        SqliteConnection.ClearAllPools();

        Assert.Equal(5, articlesBefore.Count);
        Assert.Equal(articlesBefore, await RowsAsync(database, "SELECT Id, SortKey, Slug, Title, Body, Source, PublishedOn, SourceFile, ContentHash, RawText FROM Articles ORDER BY Id"));
        Assert.Equal(settingsBefore, await RowsAsync(database, "SELECT Key, Value FROM Settings ORDER BY Key"));
        Assert.Equal(runsBefore, await RowsAsync(database, "SELECT Id, Status, Added FROM ImportRuns ORDER BY Id"));
        Assert.Equal(ArchiveState.Consistent(5), await ArchiveState.ReadAsync(database));
        Assert.Equal(["3"], (await RowsAsync(database, "SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH 'navalny'")).Select(r => r[0]));
    }

    [Fact]
    public async Task The_upgraded_database_takes_a_new_import_and_searches()
    {
        var database = _folder.Combine("reused.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", "archive-main-2026-12-01.db"), database);
        await using (var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions($"Data Source={database}")))
        {
            await ArchiveDatabase.MigrateAsync(db);
        }

        // The fixture's articles were parsed by the parser version of the day it was made; a newer parser re-parses them.
        var storedVersions = (await RowsAsync(database, "SELECT DISTINCT ParserVersion FROM Articles")).Select(r => r[0]).ToList();
        var reparsed = storedVersions.SequenceEqual([NewsArchive.Parsing.ArticleTextParser.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)]) ? 0 : 5;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await NewsArchive.Cli.CliApp.RunAsync(["import", RepoPaths.Seeds, "--db", database, "--quiet"], stdout, stderr);

        Assert.Equal(0, exit);
        Assert.Equal($"added=0 updated={reparsed} unchanged={5 - reparsed} failed=0 missing=0", stdout.ToString().Trim());
    }

    /// <summary>The rows of a query on the file, each value as invariant text (use <c>hex()</c> for a blob).</summary>
    internal static async Task<List<string?[]>> RowsAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }
        return rows;
    }

    public void Dispose() => _folder.Dispose();
}
