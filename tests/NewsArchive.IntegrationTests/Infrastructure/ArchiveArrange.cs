using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Articles;
using NewsArchive.Data;

namespace NewsArchive.IntegrationTests.Infrastructure;

/// <summary>Puts articles into a database with their full-text index entries (as the importer writes them) and bumps the archive generation.</summary>
public static class ArchiveArrange
{
    public static async Task AddArticlesAsync(this WebApplicationFactory<Program> factory, params ArticleBuilder[] articles)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var taken = (await db.Articles.Select(a => a.SortKey).ToListAsync()).ToHashSet();
        var files = await db.Articles.CountAsync();
        var built = new List<Article>();
        foreach (var builder in articles)
        {
            var article = builder.Build($"arranged/{files++:D5}.txt");
            while (!taken.Add(article.SortKey))
            {
                article.SortKey++;
            }
            built.Add(article);
        }
        await db.AddIndexedAsync([.. built]);
        // As every writer of articles does: caches keyed by the archive generation must not serve the old state.
        await ArchiveGeneration.BumpAsync(db, CancellationToken.None);
    }

    /// <summary>Stores articles through EF Core and indexes them through the index's one writer, in one transaction.</summary>
    public static async Task AddIndexedAsync(this ArchiveDbContext db, params Article[] articles)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Articles.AddRange(articles);
        await db.SaveChangesAsync();
        using (var index = FullTextIndex.For(db))
        {
            foreach (var article in articles)
            {
                await index.AddAsync(FullTextIndex.Entry.Of(article), CancellationToken.None);
            }
        }
        await transaction.CommitAsync();
    }
}
