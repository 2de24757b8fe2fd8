using Microsoft.Data.Sqlite;

namespace NewsArchive.Search;

/// <summary>
/// Stops a running SQLite statement when its request is aborted or times out: Microsoft.Data.Sqlite checks the
/// token only between rows, so one long step (an FTS5 query, a snippet) would run on; <c>sqlite3_interrupt</c>
/// makes it return SQLITE_INTERRUPT at once. Registered only while a command of this connection runs.
/// </summary>
internal static class SqliteInterrupt
{
    private const int SqliteInterrupted = 9;

    /// <summary>Runs <paramref name="work"/> on the open <paramref name="connection"/>; cancelled = interrupted, and an <see cref="OperationCanceledException"/>.</summary>
    public static async Task<T> RunAsync<T>(SqliteConnection connection, Func<Task<T>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        using (On(connection, ct))
        {
            try
            {
                return await work();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteInterrupted && ct.IsCancellationRequested)
            {
                throw new OperationCanceledException("The request was aborted or timed out; its SQL statement was interrupted.", ex, ct);
            }
        }
    }

    public static CancellationTokenRegistration On(SqliteConnection connection, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return ct.CanBeCanceled
            ? ct.Register(static state =>
            {
                var handle = ((SqliteConnection)state!).Handle;
                if (handle is not null && !handle.IsInvalid)
                {
                    SQLitePCL.raw.sqlite3_interrupt(handle);
                }
            }, connection)
            : default;
    }
}
