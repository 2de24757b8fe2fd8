using Microsoft.Data.Sqlite;

namespace NewsArchive.IntegrationTests.Safety;

/// <summary>What a database holds, read with plain SQL, and whether its FTS5 index matches the Articles table.</summary>
/// <param name="Articles">Rows in Articles.</param>
/// <param name="DistinctSourceFiles">Distinct SourceFile values (equal to <paramref name="Articles"/> when none is duplicated).</param>
/// <param name="HalfWritten">Articles with an empty title, body, raw text, line roles or hash.</param>
/// <param name="Indexed">Documents in the FTS5 index (its docsize shadow table).</param>
/// <param name="NotIndexed">Articles with no index entry under their SortKey.</param>
public sealed record ArchiveState(int Articles, int DistinctSourceFiles, int HalfWritten, int Indexed, int NotIndexed)
{
    /// <summary>Reads the state; throws when FTS5's integrity check (against the content table) fails.</summary>
    public static async Task<ArchiveState> ReadAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await ExecuteAsync(connection, "INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('integrity-check', 1)");
        return new ArchiveState(
            await ScalarAsync(connection, "SELECT count(*) FROM Articles"),
            await ScalarAsync(connection, "SELECT count(DISTINCT SourceFile) FROM Articles"),
            await ScalarAsync(connection, "SELECT count(*) FROM Articles WHERE Title = '' OR Body = '' OR RawText = '' OR LineRoles = '' OR ContentHash = ''"),
            await ScalarAsync(connection, "SELECT count(*) FROM ArticleSearch_docsize"),
            await ScalarAsync(connection, "SELECT count(*) FROM Articles a WHERE NOT EXISTS (SELECT 1 FROM ArticleSearch_docsize d WHERE d.id = a.SortKey)"));
    }

    public static async Task<int> ScalarAsync(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The state of an archive that holds <paramref name="articles"/> complete, indexed, distinct articles.</summary>
    public static ArchiveState Consistent(int articles) => new(articles, articles, 0, articles, 0);
}
