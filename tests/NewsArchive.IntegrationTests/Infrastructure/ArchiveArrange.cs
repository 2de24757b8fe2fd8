using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data;

namespace NewsArchive.IntegrationTests.Infrastructure;

/// <summary>Puts articles into a running test app's database (the FTS index follows through its triggers) and bumps the archive generation.</summary>
public static class ArchiveArrange
{
    public static async Task AddArticlesAsync(this WebApplicationFactory<Program> factory, params ArticleBuilder[] articles)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        var taken = (await db.Articles.Select(a => a.SortKey).ToListAsync()).ToHashSet();
        var files = await db.Articles.CountAsync();
        foreach (var builder in articles)
        {
            var article = builder.Build($"arranged/{files++:D5}.txt");
            while (!taken.Add(article.SortKey))
            {
                article.SortKey++;
            }
            db.Articles.Add(article);
        }
        await db.SaveChangesAsync();
        // As every writer of articles does: caches keyed by the archive generation must not serve the old state.
        await ArchiveGeneration.BumpAsync(db, CancellationToken.None);
    }
}
