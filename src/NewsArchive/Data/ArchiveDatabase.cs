using Microsoft.EntityFrameworkCore;

namespace NewsArchive.Data;

/// <summary>Creates and migrates the database file.</summary>
public static class ArchiveDatabase
{
    /// <summary>Creates the folder of a file database, applies pending migrations and turns on WAL.</summary>
    public static async Task MigrateAsync(ArchiveDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var folder = ArchiveDataOptions.FolderOf(db.Database.GetConnectionString() ?? "");
        if (folder is { Length: > 0 })
        {
            Directory.CreateDirectory(folder);
        }
        await db.Database.MigrateAsync(ct);
        if (folder is not null)
        {
            // WAL lets readers go on while an import writes; it is a property of the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
