using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

/// <summary>
/// Keeps the archive's write-ahead log from staying large. SQLite reuses the log from its start once a checkpoint
/// has copied all of it into the database, but never makes the file smaller by itself: after a large import (a
/// transaction of ten batches at a million articles dirties hundreds of MB of pages) the file kept its largest size
/// for as long as any connection stayed open, as a web host's pooled connections do. The import's connection sets
/// <c>journal_size_limit</c>, so each time the log starts over it is cut back to <see cref="SizeLimitBytes"/> (or to
/// the one transaction being written, if larger), and the import ends with a <c>TRUNCATE</c> checkpoint, which
/// empties it. Neither changes what a crash keeps: the log is cut only after its content is in the database.
/// <para>
/// The log starts over only when a checkpoint has copied all of it. Another writer waiting for the import's write lock
/// (the lease's renewal, a web host's write) takes it the moment a commit ends and writes while that commit's own
/// checkpoint runs: its frames come after what the checkpoint copies, the next transaction finds the log not wholly
/// copied, and appends. When that happened at every commit (a renewal every 20 s and transactions that long), the log
/// never started over and grew by every transaction: to several GB at a million articles. So after each of its commits
/// the import also asks for a <c>RESTART</c> checkpoint (<see cref="StartOver"/>), which copies those few frames too.
/// </para>
/// </summary>
public static class WriteAheadLog
{
    /// <summary>The size the log is cut back to whenever it starts over.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    /// <summary>The per-connection setting (SQLite does not store it in the file): <see cref="SizeLimitBytes"/>.</summary>
    public const string SizeLimitPragma = "PRAGMA journal_size_limit=67108864;";

    /// <summary>How long <see cref="StartOver"/> retries while another connection writes or checkpoints.</summary>
    public static readonly TimeSpan StartOverWait = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// After a commit on <paramref name="connection"/>: copies what is left of the log into the database, so the next
    /// transaction starts it over; true when it did. The checkpoint does not wait inside SQLite (no busy handler: a web
    /// reader on an old snapshot must not hold the import up); while another connection writes or checkpoints it is
    /// retried for at most <see cref="StartOverWait"/>, and a log it could not copy is copied after a later commit. It
    /// never throws for the database: the commit before it is durable, and a full or failing disk fails the next write.
    /// </summary>
    public static bool StartOver(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            return TryStartOver(connection);
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static bool TryStartOver(SqliteConnection connection)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        var busyTimeout = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = "PRAGMA busy_timeout=0;";
        command.ExecuteNonQuery();
        try
        {
            command.CommandText = "PRAGMA wal_checkpoint(RESTART);";
            while (true)
            {
                using (var reader = command.ExecuteReader())
                {
                    // One row: busy (1 when a writer, a checkpoint or a reader of an older snapshot kept it from finishing).
                    if (reader.Read() && reader.GetInt64(0) == 0)
                    {
                        return true;
                    }
                }
                if (System.Diagnostics.Stopwatch.GetElapsedTime(started) >= StartOverWait)
                {
                    return false;
                }
                Thread.Sleep(1);
            }
        }
        finally
        {
            command.CommandText = $"PRAGMA busy_timeout={busyTimeout};";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Copies the whole log into the database and truncates it to zero bytes; returns false when a reader or
    /// writer kept it from finishing (SQLite then leaves the log as it is, and the next import tries again). It
    /// never throws for the database: a full or locked database has failed the run already.
    /// </summary>
    public static async Task<bool> TruncateAsync(ArchiveDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                await using var reader = await command.ExecuteReaderAsync();
                // One row: busy (1 when it could not finish), frames in the log, frames checkpointed.
                return await reader.ReadAsync() && reader.GetInt64(0) == 0;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        catch (SqliteException)
        {
            return false;
        }
    }
}
