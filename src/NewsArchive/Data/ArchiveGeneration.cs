using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

/// <summary>
/// A token that changes whenever the archive's articles change (a <c>Settings</c> row). Caches of counts,
/// facets and pages are keyed by it, so they are never served stale; it lives in the database, so an import
/// by another process (the CLI) is seen on the web app's next request. Anything that adds, changes or deletes
/// articles calls <see cref="BumpAsync"/> after its last commit.
/// </summary>
public static class ArchiveGeneration
{
    public const string SettingKey = "ArchiveGeneration";

    /// <summary>The current generation ("" before the first bump); one point query.</summary>
    public static async Task<string> ReadAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = ReadCommand(connection);
        return await command.ExecuteScalarAsync(ct) as string ?? "";
    }

    /// <summary>The point query that reads the generation (its scalar is the value, or null before the first bump).</summary>
    public static SqliteCommand ReadCommand(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = "SELECT Value FROM Settings WHERE Key = $key";
        command.Parameters.AddWithValue("$key", SettingKey);
        return command;
    }

    /// <summary>A new generation: a fresh random value, so no two states of any database ever share one.</summary>
    public static async Task BumpAsync(ArchiveDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var value = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO Settings (Key, Value) VALUES ({0}, {1}) ON CONFLICT (Key) DO UPDATE SET Value = excluded.Value", [SettingKey, value], ct);
    }

    /// <summary>
    /// After an import: a new generation unless it was a dry run or neither counted an added, updated or missing
    /// file (a failed run that committed batches has counted them) nor re-parsed articles with learned boilerplate. Like the run record, it never throws for the database:
    /// when the database refuses it (locked, full), the run has already failed for the same reason, and the next
    /// import that changes anything bumps it.
    /// </summary>
    public static async Task BumpAfterAsync(ArchiveDbContext db, ImportRun run, int reparsed)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.DryRun || run.Added + run.Updated + run.Missing + reparsed == 0)
        {
            return;
        }
        try
        {
            await BumpAsync(db, CancellationToken.None);
        }
        catch (SqliteException)
        {
            // See the summary: nothing better to do here than what the failed run already reports.
        }
    }
}
