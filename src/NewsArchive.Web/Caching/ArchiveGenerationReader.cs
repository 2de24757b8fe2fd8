using Microsoft.Data.Sqlite;
using NewsArchive.Data;

namespace NewsArchive.Web.Caching;

/// <summary>
/// Reads the archive generation for the output cache on every request through one open connection and one
/// prepared statement, under a lock held for a few microseconds: taking a pooled connection and preparing the
/// statement each time cost more than the query. No snapshot is held between reads (WAL checkpoints go on).
/// </summary>
internal sealed class ArchiveGenerationReader(ArchiveConnectionString connectionString) : IDisposable
{
    private readonly Lock _lock = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _command;

    private const string ItemKey = "archive-generation";

    /// <summary>The generation this request saw (read once per request, by the page cache or here, for the request log).</summary>
    public static string ForRequest(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Items.TryGetValue(ItemKey, out var seen) && seen is string generation)
        {
            return generation;
        }
        try
        {
            return http.RequestServices.GetRequiredService<ArchiveGenerationReader>().Read();
        }
        catch (SqliteException)
        {
            return "unknown";
        }
    }

    /// <summary>Reads the generation and remembers it for the request's log event.</summary>
    public string Read(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var generation = Read();
        http.Items[ItemKey] = generation;
        return generation;
    }

    public string Read()
    {
        lock (_lock)
        {
            try
            {
                return (_command ?? Prepare()).ExecuteScalar() as string ?? "";
            }
            catch (SqliteException)
            {
                // A broken connection is opened afresh next time; this request fails like any database error.
                Dispose();
                throw;
            }
        }
    }

    public void Dispose()
    {
        _command?.Dispose();
        _connection?.Dispose();
        (_command, _connection) = (null, null);
    }

    private SqliteCommand Prepare()
    {
        _connection = new SqliteConnection(connectionString.Value);
        _connection.Open();
        _command = ArchiveGeneration.ReadCommand(_connection);
        _command.Prepare();
        return _command;
    }
}
