using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Admin;

/// <summary>What the admin page says about the archive: the folder it imports, how many articles it holds, how big its file is.</summary>
public sealed record ArchiveFacts(string Folder, bool FolderExists, int Articles, int MissingArticles, long? DatabaseBytes)
{
    public static async Task<ArchiveFacts> ReadAsync(ArchiveDbContext db, ArchivePaths paths, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(paths);
        var articles = await db.Articles.CountAsync(ct);
        var missing = await db.Articles.CountAsync(a => a.IsMissing, ct);
        long? bytes = paths.Database is { } file && File.Exists(file) ? new FileInfo(file).Length : null;
        return new ArchiveFacts(paths.Seeds, paths.SeedsExist, articles, missing, bytes);
    }

    /// <summary>The file size in words a person reads (KB, MB, GB, base 1024).</summary>
    public static string Size(long bytes)
    {
        string[] units = ["bytes", "KB", "MB", "GB", "TB"];
        var value = (double)bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? $"{bytes:N0} bytes" : $"{value:0.#} {units[unit]}";
    }
}
