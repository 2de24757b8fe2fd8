using Microsoft.Data.Sqlite;

namespace NewsArchive.Bench;

/// <summary>
/// The baseline side: the same work as the API and pages asked of SQLite directly, one read-only connection
/// per worker, statements prepared once. A search is a top-20 page (ranked with snippet, or newest-first by
/// rowid), joined to Articles for the fields a result shows, plus the exact match count the API returns.
/// </summary>
internal sealed class RawSqlite : IDisposable
{
    private const string Window = "ArticleSearch MATCH $match AND rowid BETWEEN $lo AND $hi";

    private static string Page(string order) =>
        "SELECT a.Id, a.Slug, a.Title, a.PublishedOn, a.Source, s.Snippet FROM (SELECT rowid AS Key, "
        + "snippet(ArticleSearch, 1, '<mark>', '</mark>', '…', 24) AS Snippet FROM ArticleSearch WHERE " + Window
        + " ORDER BY " + order + " LIMIT 20) s JOIN Articles a ON a.SortKey = s.Key;";

    private static readonly string s_ranked = Page("rank");
    private static readonly string s_newest = Page("rowid DESC");

    private static readonly string s_count = "SELECT count(*) FROM ArticleSearch WHERE " + Window + ";";

    private const string Browse =
        "SELECT Id, Slug, Title, PublishedOn, Source, substr(Body, 1, 400) FROM Articles ORDER BY SortKey DESC LIMIT 20 OFFSET $offset;";

    private const string Article = "SELECT * FROM Articles WHERE Id = $id;";

    private readonly SqliteConnection[] _connections;

    public RawSqlite(string databasePath, int workers)
    {
        _connections = Enumerable.Range(0, workers).Select(_ =>
        {
            var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return connection;
        }).ToArray();
    }

    public bool Search(int worker, QueryCase query)
    {
        var connection = _connections[worker];
        var rows = Read(connection, query.Sort == "newest" ? s_newest : s_ranked, query);
        var total = Read(connection, s_count, query);
        return rows >= 0 && total == 1;
    }

    public bool BrowsePage(int worker, int page) =>
        Read(_connections[worker], Browse, ("$offset", (page - 1) * 20L)) >= 0;

    public bool ReadArticle(int worker, int id) => Read(_connections[worker], Article, ("$id", (long)id)) == 1;

    /// <summary>The canonical article URLs (<c>/articles/{id}/{slug}</c>), so a request is not a redirect plus a page.</summary>
    public IReadOnlyList<string> ArticlePaths(IEnumerable<int> ids)
    {
        using var command = _connections[0].CreateCommand();
        command.CommandText = $"SELECT Id, Slug FROM Articles WHERE Id IN ({string.Join(",", ids)}) ORDER BY Id;";
        using var reader = command.ExecuteReader();
        var paths = new List<string>();
        while (reader.Read())
        {
            paths.Add(FormattableString.Invariant($"/articles/{reader.GetInt32(0)}/{reader.GetString(1)}"));
        }
        return paths;
    }

    public void Dispose()
    {
        foreach (var connection in _connections)
        {
            connection.Dispose();
        }
    }

    private static int Read(SqliteConnection connection, string sql, QueryCase query) =>
        Read(connection, sql, ("$match", query.Match), ("$lo", query.LowerKey), ("$hi", query.UpperKey));

    /// <summary>Runs a query and reads every column of every row, as a page would; returns the row count.</summary>
    private static int Read(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                _ = reader.GetValue(i);
            }
            rows++;
        }
        return rows;
    }
}
