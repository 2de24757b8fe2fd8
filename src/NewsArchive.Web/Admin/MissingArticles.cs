using Microsoft.EntityFrameworkCore;
using NewsArchive.Boilerplate;
using NewsArchive.Data;
using NewsArchive.Importing;

namespace NewsArchive.Web.Admin;

/// <summary>Articles whose file left the seeds folder, and the one explicit way to delete them.</summary>
public sealed class MissingArticles(ArchiveDbContext db, BoilerplateLearner learner, ImportGate gate)
{
    public sealed record Row(int Id, string Title, string SourceFile);

    public Task<List<Row>> ListAsync(CancellationToken ct) =>
        db.Articles.AsNoTracking().Where(a => a.IsMissing).OrderBy(a => a.SourceFile)
            .Select(a => new Row(a.Id, a.Title, a.SourceFile)).ToListAsync(ct);

    /// <summary>Deletes every missing article (the FTS triggers drop their index rows); null while an import runs.</summary>
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
