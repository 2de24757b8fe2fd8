using Microsoft.EntityFrameworkCore;
using NewsArchive.Corpus;
using NewsArchive.Data;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Stories;

namespace NewsArchive.IntegrationTests.Stories;

/// <summary>Stories follow the archive as it changes: copies, a changed file, a removed article, the same result twice.</summary>
public sealed class StoryUpdateTests
{
    [Fact]
    public async Task The_same_file_twice_is_a_copy_in_the_same_story()
    {
        await using var harness = new ImportHarness();
        harness.CopySeeds();
        File.Copy(Path.Combine(harness.SeedsPath, "001_2ad479ad99df805c.txt"), Path.Combine(harness.SeedsPath, "copy_of_001.txt"));

        await harness.ImportAsync();

        await using var db = harness.OpenDb();
        var articles = await db.Articles.AsNoTracking().ToListAsync();
        var original = articles.Single(a => a.SourceFile == "001_2ad479ad99df805c.txt");
        var copy = articles.Single(a => a.SourceFile == "copy_of_001.txt");
        Assert.Equal(Math.Min(original.Id, copy.Id), original.CopyOfId ?? copy.CopyOfId);
        Assert.Single(articles.Select(a => a.StoryId).Distinct());
        Assert.Equal(6, (await db.Stories.SingleAsync()).Size);
    }

    [Fact]
    public async Task A_file_rewritten_about_something_else_leaves_its_story()
    {
        await using var harness = new ImportHarness();
        harness.CopySeeds();
        await harness.ImportAsync();
        harness.Write("004_630d0a83fcc8cf5c.txt", " date 2021-03-21 Farmers in the valley began the harvest festival early this year after a warm spring.\n\n"
            + "The festival committee said attendance at the orchards doubled, and local bakers sold out of apple pies by noon on the first day.\n");

        var run = await harness.ImportAsync();

        await using var db = harness.OpenDb();
        var changed = await db.Articles.AsNoTracking().SingleAsync(a => a.SourceFile == "004_630d0a83fcc8cf5c.txt");
        Assert.Equal(1, run.Updated);
        Assert.Null(changed.StoryId);
        Assert.Equal(4, (await db.Stories.SingleAsync()).Size);
        Assert.False(await db.StorySketches.AnyAsync(s => s.ArticleId == changed.Id && s.StoryId != null));
    }

    [Fact]
    public async Task Removed_articles_leave_their_story_which_ends_when_one_is_left()
    {
        await using var harness = new ImportHarness();
        harness.CopySeeds();
        await harness.ImportAsync();
        await using var db = harness.OpenDb();
        var ids = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();

        await RemoveAsync(db, ids.Skip(1).Take(3).ToList());
        var story = await db.Stories.AsNoTracking().SingleAsync();
        await RemoveAsync(db, [ids[^1]]);

        Assert.Equal(2, story.Size);
        Assert.Empty(await db.Stories.ToListAsync());
        Assert.Null(await db.Articles.Where(a => a.Id == ids[0]).Select(a => a.StoryId).SingleAsync());
        Assert.Equal(1, await db.StorySketches.CountAsync());
        Assert.Empty(await db.StoryKeys.Where(k => k.ArticleId != ids[0]).ToListAsync());
        Assert.Equal([ids[0]], await db.Database.SqlQueryRaw<int>("SELECT ArticleId AS Value FROM StoryKeySets").ToListAsync());
    }

    [Fact]
    public async Task The_same_archive_imported_twice_gets_the_same_stories()
    {
        var first = await ImportGeneratedAsync();
        var second = await ImportGeneratedAsync();

        Assert.Equal(first, second);
        Assert.Contains(first, a => a.StoryId is not null);
        Assert.Contains(first, a => a.CopyOfId is not null);
    }

    private static async Task<List<(string SourceFile, int? StoryId, int? CopyOfId)>> ImportGeneratedAsync()
    {
        await using var harness = new ImportHarness();
        CorpusGenerator.WriteTo(harness.SeedsPath, new CorpusGenerator(3, retellPercent: 10).Generate(400));
        await harness.ImportAsync();
        await using var db = harness.OpenDb();
        return (await db.Articles.AsNoTracking().OrderBy(a => a.SourceFile).Select(a => new { a.SourceFile, a.StoryId, a.CopyOfId }).ToListAsync())
            .Select(a => (a.SourceFile, a.StoryId, a.CopyOfId)).ToList();
    }

    private static async Task RemoveAsync(ArchiveDbContext db, List<int> ids)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await new StoryMaintenance(db).ForgetAsync(db.Articles.Where(a => ids.Contains(a.Id)), CancellationToken.None);
        await db.Articles.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync();
        await transaction.CommitAsync();
    }
}
