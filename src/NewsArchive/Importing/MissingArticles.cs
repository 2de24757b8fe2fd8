using Microsoft.EntityFrameworkCore;
using NewsArchive.Boilerplate;
using NewsArchive.Data;
using NewsArchive.Stories;

namespace NewsArchive.Importing;

/// <summary>Articles whose file left the seeds folder, and the one explicit way to delete them.</summary>
public sealed class MissingArticles(ArchiveDbContext db, BoilerplateLearner learner, ImportGate gate)
{
    public sealed record Row(int Id, string Title, string SourceFile);

    public const int PageSize = 200;

    /// <summary>One page of the missing articles (by file name) and how many there are in all.</summary>
    public async Task<(List<Row> Rows, int Total, int Page)> ListAsync(int page, CancellationToken ct)
    {
        var missing = db.Articles.AsNoTracking().Where(a => a.IsMissing);
        var total = await missing.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await missing.OrderBy(a => a.SourceFile).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new Row(a.Id, a.Title, a.SourceFile)).ToListAsync(ct);
        return (rows, total, page);
    }

    /// <summary>Deletes every missing article (and their full-text index entries); null while an import runs.</summary>
    public async Task<int?> RemoveAsync(CancellationToken ct)
    {
        if (!gate.TryStart())
        {
            return null;
        }
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Their lines no longer count towards what the archive learns as boilerplate.
            await learner.ForgetAsync(db.Articles.Where(a => a.IsMissing), ct);
            // And they leave their stories (a story left with one article ends).
            await new StoryMaintenance(db).ForgetAsync(db.Articles.Where(a => a.IsMissing), ct);
            using (var index = FullTextIndex.For(db))
            {
                await index.RemoveAsync(db.Articles.Where(a => a.IsMissing), ct);
            }
            var deleted = await db.Articles.Where(a => a.IsMissing).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            await ArchiveGeneration.BumpAsync(db, ct);
            return deleted;
        }
        finally
        {
            gate.Finish();
        }
    }
}
