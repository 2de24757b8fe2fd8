using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

/// <summary>Creates and migrates the database file.</summary>
public static class ArchiveDatabase
{
    /// <summary>Creates the folder of a file database, applies pending migrations and turns on WAL.</summary>
    public static async Task MigrateAsync(ArchiveDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connectionString = db.Database.GetConnectionString() ?? "";
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource == ":memory:";
        if (!inMemory && Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }
        await db.Database.MigrateAsync(ct);
        if (!inMemory)
        {
            // WAL lets readers go on while an import writes; it is a property of the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
