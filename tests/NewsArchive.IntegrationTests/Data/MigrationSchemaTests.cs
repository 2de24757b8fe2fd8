using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
        Assert.Equal(fromModel, fromMigrations.Where(line => !line.StartsWith("table ArticleSearch", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Migrations_create_the_full_text_index_and_its_triggers()
    {
        var connection = $"Data Source={_folder.Combine("fts.db")}";
        await using var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions(connection));
        await ArchiveDatabase.MigrateAsync(db);

        var names = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type IN ('table', 'trigger')").ToListAsync();

        Assert.Contains(FullTextIndex.Table, names);
        Assert.Contains("Articles_ai", names);
        Assert.Contains("Articles_ad", names);
        Assert.Contains("Articles_au", names);
        Assert.Contains(FullTextVocabulary.Table, names);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

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
