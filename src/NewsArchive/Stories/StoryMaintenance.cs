using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsArchive.Articles;
using NewsArchive.Data;

namespace NewsArchive.Stories;

/// <summary>
/// Keeps stories right when articles change outside an import batch: a re-parse (new text: out of its story, then
/// placed again) and a deletion (out of its story; a story left with one article ends).
/// </summary>
public sealed class StoryMaintenance(ArchiveDbContext db)
{
    /// <summary>Places the given articles again from their stored title and body, in batches, each its own transaction.</summary>
    public Task ReplaceAsync(IReadOnlyList<int> articleIds, CancellationToken ct) => ReplaceAsync(articleIds, new DocumentCounts(), ct);

    /// <summary>
    /// Gives stories to the articles stored without them (imported before stories existed, or with
    /// <c>Stories:FindAtImport</c> off): every article with no sketch, in id order, <see cref="ArchiveBatch.Size"/> at a
    /// time, each batch its own transaction. So it is bounded (one batch in memory), resumable (an interrupted
    /// backfill leaves whole batches done, and the next finds the rest), idempotent (a placed article has a sketch
    /// and is never placed again) and deterministic (the same archive gets the same stories). Returns how many it placed.
    /// </summary>
    public Task<int> BackfillAsync(CancellationToken ct) => BackfillAsync(new DocumentCounts(), ct);

    /// <summary>The backfill with the run's counts and held articles given (tests: one that holds none).</summary>
    internal Task<int> BackfillAsync(DocumentCounts counts, CancellationToken ct) => BackfillAsync(counts, null, ct);

    /// <summary>As <see cref="BackfillAsync(DocumentCounts, CancellationToken)"/>; <paramref name="placedSoFar"/> hears the running total after each committed batch.</summary>
    internal async Task<int> BackfillAsync(DocumentCounts counts, Action<int>? placedSoFar, CancellationToken ct)
    {
        var (placed, after) = (0, 0);
        while (true)
        {
            var from = after;
            var ids = await db.Articles.AsNoTracking().Where(a => a.Id > from && !db.StorySketches.Any(s => s.ArticleId == a.Id))
                .OrderBy(a => a.Id).Select(a => a.Id).Take(ArchiveBatch.Size).ToListAsync(ct);
            if (ids.Count == 0)
            {
                return placed;
            }
            await ReplaceAsync(ids, counts, ct);
            (placed, after) = (placed + ids.Count, ids[^1]);
            placedSoFar?.Invoke(placed);
        }
    }

    /// <summary>As <see cref="ReplaceAsync(IReadOnlyList{int}, CancellationToken)"/>, with the run's counts and held articles given (tests).</summary>
    internal async Task ReplaceAsync(IReadOnlyList<int> articleIds, DocumentCounts counts, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        foreach (var chunk in articleIds.Order().Chunk(ArchiveBatch.Size))
        {
            var articles = await db.Articles.AsNoTracking().Where(a => chunk.Contains(a.Id)).OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.Title, a.Body, a.PublishedOn, a.Source }).ToListAsync(ct);
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                using var finder = new StoryFinder(db.Database.GetDbConnection(), transaction.GetDbTransaction(), counts);
                foreach (var a in articles)
                {
                    await finder.ReplaceAsync(a.Id, a.Title, a.Body, a.PublishedOn, a.Source, ct);
                }
                await finder.FlushAsync(ct);
                await transaction.CommitAsync(ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>Takes articles about to be deleted out of their stories; call it inside the transaction that deletes them.</summary>
    public async Task ForgetAsync(IQueryable<Article> leaving, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(leaving);
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("ForgetAsync runs inside the deleting transaction.");
        var ids = await leaving.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        using var finder = new StoryFinder(db.Database.GetDbConnection(), transaction.GetDbTransaction(), new DocumentCounts());
        foreach (var id in ids)
        {
            await finder.RemoveAsync(id, ct);
        }
        await finder.FlushAsync(ct);
    }
}
