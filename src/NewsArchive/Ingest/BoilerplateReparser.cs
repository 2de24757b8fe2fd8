using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Ingest;

/// <summary>Re-parses, in batches, the articles whose kept lines include newly learned boilerplate.</summary>
internal sealed class BoilerplateReparser(ArchiveDbContext db, ArticleTextParser parser, TimeProvider clock)
{
    public async Task<int> ReparseAsync(IReadOnlySet<string> fresh, IReadOnlySet<string> known, CancellationToken ct)
    {
        var affected = new List<int>();
        await foreach (var article in db.Articles.AsNoTracking().Select(a => new { a.Id, a.RawText, a.LineRoles }).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (BoilerplateLearner.Candidates(article.RawText, article.LineRoles)
                .Any(c => fresh.Contains(c.Line) && LineRoles.Decode(article.LineRoles, c.Index) is LineRole.Body or LineRole.Title))
            {
                affected.Add(article.Id);
            }
        }
        var sortKeys = new SortKeyAllocator(db);
        foreach (var batch in affected.Chunk(ArchiveImporter.BatchSize))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var article in await db.Articles.Where(a => batch.Contains(a.Id)).ToListAsync(ct))
            {
                var parsed = parser.Parse(article.SourceFile, Encoding.UTF8.GetBytes(article.RawText), known).Article;
                if (parsed is null)
                {
                    continue;
                }
                var dateChanged = parsed.PublishedOn != article.PublishedOn;
                ArticleMapper.Apply(article, parsed, article.ContentHash, clock.GetUtcNow().UtcDateTime);
                if (dateChanged)
                {
                    article.SortKey = await sortKeys.NextAsync(parsed.PublishedOn, ct);
                }
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
        return affected.Count;
    }
}
