using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Boilerplate;

/// <summary>
/// Counts the lines of an archive imported before the importer kept line counts: once, a thousand articles at a
/// time, so its memory does not grow with the archive. Lines that reach the threshold are learned as usual.
/// </summary>
internal sealed class LineCountBackfill(ArchiveDbContext db)
{
    public async Task RunAsync(LearnedLines learned, CancellationToken ct)
    {
        // A backfill cut off before it finished left partial counts: start over (changes left waiting are counted again too).
        await db.LineCounts.ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM LineCountChanges;", ct);
        var lines = new BatchLines();
        var after = 0;
        while (await db.Articles.AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).Take(ArchiveBatch.Size)
            .Select(a => new { a.Id, a.RawText, a.LineRoles }).ToListAsync(ct) is { Count: > 0 } chunk)
        {
            chunk.ForEach(a => lines.Add(a.Id, a.RawText, a.LineRoles));
            after = chunk[^1].Id;
            await ApplyAsync(lines, learned, ct);
        }
    }

    /// <summary>Applies the line-count changes an import cut off by a crash left waiting, if any.</summary>
    public static async Task ApplyWaitingAsync(ArchiveDbContext db, LearnedLines learned, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Database.SqlQueryRaw<int>("SELECT 1 AS Value FROM LineCountChanges LIMIT 1").AnyAsync(ct))
        {
            await new LineCountBackfill(db).ApplyAsync(new BatchLines(), learned, ct);
        }
    }

    private async Task ApplyAsync(BatchLines lines, LearnedLines learned, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            using var commands = new LineCountCommands(db.Database.GetDbConnection(), transaction.GetDbTransaction());
            await commands.ApplyAsync(lines, learned, int.MaxValue, ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
