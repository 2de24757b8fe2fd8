using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsArchive.Corpus;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Stories;

namespace NewsArchive.IntegrationTests.Stories;

/// <summary>
/// A run holds the archive's keys in memory (loaded from the key sets of earlier runs, see <c>StoryIndex</c>) and its
/// own articles' sketches, and asks the database about the rest: a later import still finds the earlier one's stories
/// and copies, and the database's answers are the memory's.
/// </summary>
public sealed class StoryAcrossRunsTests
{
    [Fact]
    public async Task A_later_import_puts_its_articles_into_the_story_and_copy_group_of_an_earlier_one()
    {
        await using var harness = new ImportHarness();
        harness.CopySeeds();
        var aside = Path.Combine(harness.SeedsPath, "004_630d0a83fcc8cf5c.txt");
        var fifth = await File.ReadAllBytesAsync(aside);
        File.Delete(aside);
        await harness.ImportAsync();
        await using (var db = harness.OpenDb())
        {
            Assert.Equal(4, (await db.Stories.SingleAsync()).Size);
        }
        harness.WriteBytes("004_630d0a83fcc8cf5c.txt", fifth);
        harness.WriteBytes("copy_of_001.txt", await File.ReadAllBytesAsync(Path.Combine(harness.SeedsPath, "001_2ad479ad99df805c.txt")));

        var run = await harness.ImportAsync();

        await using var after = harness.OpenDb();
        var story = await after.Stories.SingleAsync();
        var articles = await after.Articles.AsNoTracking().ToListAsync();
        Assert.Equal(2, run.Added);
        Assert.Equal(6, story.Size);
        Assert.All(articles, a => Assert.Equal(story.Id, a.StoryId));
        var original = articles.Single(a => a.SourceFile == "001_2ad479ad99df805c.txt");
        Assert.Equal(original.Id, articles.Single(a => a.SourceFile == "copy_of_001.txt").CopyOfId);
        Assert.Null(original.CopyOfId);
    }

    [Fact]
    public async Task Asking_the_database_for_every_candidate_gives_the_stories_of_the_held_index()
    {
        var held = await BackfillAsync(new DocumentCounts());
        var asked = await BackfillAsync(new DocumentCounts(heldArticles: 0));

        Assert.Equal(held, asked);
        Assert.Contains(held, a => a.StoryId is not null);
        Assert.Contains(held, a => a.CopyOfId is not null);
    }

    [Fact]
    public async Task A_run_that_holds_only_some_articles_gives_the_same_stories_as_one_that_holds_them_all()
    {
        var all = await BackfillAsync(new DocumentCounts());
        var some = await BackfillAsync(new DocumentCounts(heldArticles: Generated / 3));

        Assert.Equal(all, some);
    }

    [Fact]
    public async Task A_run_that_lets_its_held_sketches_go_midway_gives_the_same_stories_as_one_that_keeps_them()
    {
        var kept = await BackfillAsync(new DocumentCounts());
        var counts = new DocumentCounts(StoryTuning.RunIndexArticles, StoryTuning.RunSketchArticles, releaseSketchesAt: Generated / 3);
        var released = await BackfillAsync(counts);

        Assert.True(counts.Sketches.Released);
        Assert.False(counts.Sketches.Holds(1));
        Assert.Equal(kept, released);
        Assert.Contains(released, a => a.StoryId is not null);
        Assert.Contains(released, a => a.CopyOfId is not null);
    }

    [Fact]
    public async Task A_later_run_loads_the_earlier_runs_key_sets_and_gives_the_stories_of_one_run()
    {
        var one = await BackfillAsync(new DocumentCounts());
        var (two, twoSets, twoRows) = await TwoRunsAsync(new DocumentCounts());
        // The second run holds 100 articles: 50 of the first run's key sets become key rows when it loads them, and
        // its own articles get key rows.
        var (spilled, spilledSets, spilledRows) = await TwoRunsAsync(new DocumentCounts(heldArticles: 100));

        Assert.Equal(one, two);
        Assert.Equal(one, spilled);
        Assert.Equal((Generated, 0), (twoSets, twoRows));
        Assert.Equal(100, spilledSets);
        Assert.True(spilledRows > 0);
    }

    private const int Generated = 300;

    /// <summary>
    /// As <see cref="BackfillAsync"/>, in two runs: the first half of the articles (by id) placed by one, the rest by a
    /// second with <paramref name="second"/>; with the key sets and key rows left.
    /// </summary>
    private static async Task<(List<(string SourceFile, int? StoryId, int? CopyOfId)> Articles, int KeySets, int KeyRows)> TwoRunsAsync(DocumentCounts second)
    {
        await using var harness = new ImportHarness(configure: s => s.AddSingleton<IOptions<StoryOptions>>(Options.Create(new StoryOptions { FindAtImport = false })));
        CorpusGenerator.WriteTo(harness.SeedsPath, new CorpusGenerator(5, retellPercent: 10).Generate(Generated));
        await harness.ImportAsync();
        await using var db = harness.OpenDb();
        var ids = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        var maintenance = new StoryMaintenance(db);
        await maintenance.ReplaceAsync(ids[..(Generated / 2)], CancellationToken.None);
        await maintenance.ReplaceAsync(ids[(Generated / 2)..], second, CancellationToken.None);
        var articles = (await db.Articles.AsNoTracking().OrderBy(a => a.SourceFile).Select(a => new { a.SourceFile, a.StoryId, a.CopyOfId }).ToListAsync())
            .Select(a => (a.SourceFile, a.StoryId, a.CopyOfId)).ToList();
        return (articles, await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM StoryKeySets").SingleAsync(), await db.StoryKeys.CountAsync());
    }

    /// <summary>The generated corpus imported without stories, then given them by a backfill run with <paramref name="counts"/>.</summary>
    private static async Task<List<(string SourceFile, int? StoryId, int? CopyOfId)>> BackfillAsync(DocumentCounts counts)
    {
        await using var harness = new ImportHarness(configure: s => s.AddSingleton<IOptions<StoryOptions>>(Options.Create(new StoryOptions { FindAtImport = false })));
        CorpusGenerator.WriteTo(harness.SeedsPath, new CorpusGenerator(5, retellPercent: 10).Generate(Generated));
        await harness.ImportAsync();
        await using var db = harness.OpenDb();
        Assert.Equal(Generated, await new StoryMaintenance(db).BackfillAsync(counts, CancellationToken.None));
        return (await db.Articles.AsNoTracking().OrderBy(a => a.SourceFile).Select(a => new { a.SourceFile, a.StoryId, a.CopyOfId }).ToListAsync())
            .Select(a => (a.SourceFile, a.StoryId, a.CopyOfId)).ToList();
    }
}
