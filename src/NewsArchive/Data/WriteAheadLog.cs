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
/// </summary>
public static class WriteAheadLog
{
    /// <summary>The size the log is cut back to whenever it starts over.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    /// <summary>The per-connection setting (SQLite does not store it in the file): <see cref="SizeLimitBytes"/>.</summary>
    public const string SizeLimitPragma = "PRAGMA journal_size_limit=67108864;";

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
