using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Data;

public sealed class MigrationSchemaTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Migrated_schema_matches_the_EF_model()
    {
        var migrated = $"Data Source={_folder.Combine("migrated.db")}";
        var modelled = $"Data Source={_folder.Combine("modelled.db")}";
        await using (var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions(migrated)))
        {
            await ArchiveDatabase.MigrateAsync(db);
        }
        await using (var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions(modelled)))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var fromModel = await DescribeAsync(modelled);
        var fromMigrations = await DescribeAsync(migrated);

        Assert.NotEmpty(fromModel);
        // The FTS5 index, the line-count changes waiting to be applied and the story key sets are written by the app's own
        // statements, not EF Core's model.
        Assert.Equal(fromModel, fromMigrations.Where(line => !line.StartsWith("table ArticleSearch", StringComparison.Ordinal)
            && !line.StartsWith("table LineCountChanges ", StringComparison.Ordinal) && !line.StartsWith("table StoryKeySets ", StringComparison.Ordinal)));
        Assert.Equal(2, fromMigrations.Count(line => line.StartsWith("table LineCountChanges column ", StringComparison.Ordinal)));
        Assert.Equal(3, fromMigrations.Count(line => line.StartsWith("table StoryKeySets column ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_new_archive_gets_8_KB_pages_and_an_existing_one_keeps_its_own()
    {
        var fresh = $"Data Source={_folder.Combine("fresh.db")}";
        var existing = $"Data Source={_folder.Combine("existing.db")}";
        await using (var connection = new SqliteConnection(existing))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size=4096; CREATE TABLE Other (Id INTEGER PRIMARY KEY); INSERT INTO Other VALUES (7);";
            await command.ExecuteNonQueryAsync();
        }

        foreach (var path in new[] { fresh, existing })
        {
            await using var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions(path));
            await ArchiveDatabase.MigrateAsync(db);
        }

        Assert.Equal((long)ArchiveDatabase.PageSize, await ScalarAsync(fresh, "PRAGMA page_size;"));
        Assert.Equal("wal", await ScalarAsync(fresh, "PRAGMA journal_mode;"));
        Assert.Equal(4096L, await ScalarAsync(existing, "PRAGMA page_size;"));
        Assert.Equal(7L, await ScalarAsync(existing, "SELECT Id FROM Other;"));
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task Migrations_create_the_full_text_index_with_no_triggers()
    {
        var connection = $"Data Source={_folder.Combine("fts.db")}";
        await using var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions(connection));
        await ArchiveDatabase.MigrateAsync(db);

        var names = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type IN ('table', 'trigger')").ToListAsync();
        var triggers = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'trigger'").ToListAsync();

        Assert.Contains(FullTextIndex.Table, names);
        Assert.Contains(FullTextVocabulary.Table, names);
        // The index has one writer, FullTextIndex; a trigger would index every article twice.
        Assert.Empty(triggers);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task An_archive_indexed_by_the_old_triggers_keeps_its_index_when_they_are_dropped()
    {
        var connection = $"Data Source={_folder.Combine("upgraded.db")}";
        await using var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions(connection));
        await db.GetService<IMigrator>().MigrateAsync("20261122031500_LineCounts");
        // The old schema lacks columns the model has now, so the article goes in by SQL, column by column as that schema has them.
        var old = new ArticleBuilder("Flood warning for the valley", "Rivers rose overnight.").Build("old.txt");
        var columns = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM pragma_table_info('Articles') WHERE name <> 'Id'").ToListAsync();
        var values = columns.Select((c, i) => new SqliteParameter("@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            typeof(Article).GetProperty(c)!.GetValue(old) is { } v ? (v is Enum ? v.ToString()! : v) : DBNull.Value)).ToArray();
        // Column names come from the schema itself; the values go in as parameters.
        var insert = $"INSERT INTO Articles ({string.Join(", ", columns)}) VALUES ({string.Join(", ", values.Select(p => p.ParameterName))})";
        await db.Database.ExecuteSqlRawAsync(insert, values);

        await ArchiveDatabase.MigrateAsync(db);
        db.ChangeTracker.Clear();
        var article = await db.Articles.SingleAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            using var index = FullTextIndex.For(db);
            await index.ReplaceAsync(FullTextIndex.Entry.Of(article), FullTextIndex.Entry.Of(article) with { Title = "Drought warning" }, CancellationToken.None);
            article.Title = "Drought warning";
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        await db.Database.ExecuteSqlRawAsync("INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('integrity-check', 1);");
        Assert.Equal(1, await CountAsync(db, "drought"));
        Assert.Equal(0, await CountAsync(db, "flood"));
        Assert.Equal(1, await CountAsync(db, "rivers"));
    }

    private static Task<int> CountAsync(ArchiveDbContext db, string word) =>
        db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {0}", word).SingleAsync();

    /// <summary>Every user table's columns (name, type, null, key) and every index, as sorted lines.</summary>
    private static async Task<List<string>> DescribeAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = await QueryAsync(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%' AND name NOT LIKE 'ArticleSearch_%'");
        var lines = new List<string>();
        foreach (var table in tables)
        {
            lines.AddRange((await QueryAsync(connection, $"SELECT name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}')"))
                .Select(c => $"table {table} column {c}"));
            lines.AddRange((await QueryAsync(connection, $"SELECT name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'"))
                .Select(i => $"table {table} index {i}"));
            lines.AddRange((await QueryAsync(connection, $"SELECT \"table\" || '.' || \"to\" || ' from ' || \"from\" || ' on delete ' || on_delete FROM pragma_foreign_key_list('{table}')"))
                .Select(f => $"table {table} foreign key {f}"));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> QueryAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    public void Dispose() => _folder.Dispose();
}
