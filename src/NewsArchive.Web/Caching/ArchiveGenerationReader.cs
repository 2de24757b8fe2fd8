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
