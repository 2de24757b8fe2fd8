using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsArchive.Corpus;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Stories;

namespace NewsArchive.IntegrationTests.Stories;

/// <summary>
/// An archive whose articles have no story rows (imported before stories were found at import: here, with the
/// finder off) gets its stories at the next import, resumes an interrupted backfill, and does nothing the second time.
/// </summary>
public sealed class StoryBackfillTests
{
    [Fact]
    public async Task An_archive_without_story_rows_gets_the_stories_a_fresh_import_finds()
    {
        await using var archive = await ArchiveWithoutStoriesAsync();
        Assert.Equal(0, await CountAsync(archive.Harness, db => db.StorySketches.CountAsync()));
        Assert.Equal(0, await CountAsync(archive.Harness, db => db.Articles.CountAsync(a => a.StoryId != null)));

        archive.Options.FindAtImport = true;
        var run = await archive.Harness.ImportAsync();

        Assert.Equal(Generated, run.Unchanged);
        Assert.Equal(Generated, await CountAsync(archive.Harness, db => db.StorySketches.CountAsync()));
        var backfilled = await StoriesAsync(archive.Harness);
        Assert.Contains(backfilled, s => s.Count > 1);
        Assert.Equal(await FreshImportStoriesAsync(), backfilled);
    }

    [Fact]
    public async Task An_interrupted_backfill_goes_on_where_it_stopped_and_ends_as_an_uninterrupted_one()
    {
        await using var whole = await ArchiveWithoutStoriesAsync();
        whole.Options.FindAtImport = true;
        await whole.Harness.ImportAsync();
        await using var interrupted = await ArchiveWithoutStoriesAsync();
        interrupted.Options.FindAtImport = true;
        await using (var db = interrupted.Harness.OpenDb())
        {
            // What a backfill stopped after its first batches leaves: the lowest ids placed, the rest without sketches.
            var first = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).Take(Generated / 3).ToListAsync();
            await new StoryMaintenance(db).ReplaceAsync(first, CancellationToken.None);
        }

        await interrupted.Harness.ImportAsync();

        Assert.Equal(Generated, await CountAsync(interrupted.Harness, db => db.StorySketches.CountAsync()));
        Assert.Equal(await RowsAsync(whole.Harness), await RowsAsync(interrupted.Harness));
    }

    [Fact]
    public async Task A_finished_backfill_finds_nothing_to_do_at_the_next_import()
    {
        await using var archive = await ArchiveWithoutStoriesAsync();
        archive.Options.FindAtImport = true;
        await archive.Harness.ImportAsync();
        var before = await RowsAsync(archive.Harness);
        var keys = await CountAsync(archive.Harness, KeysAsync);

        var run = await archive.Harness.ImportAsync();

        Assert.Equal(Generated, run.Unchanged);
        Assert.Equal(before, await RowsAsync(archive.Harness));
        Assert.Equal(keys, await CountAsync(archive.Harness, KeysAsync));
        Assert.Equal(Generated, keys);
    }

    private const int Generated = 300;

    /// <summary>The generated corpus imported with the story finder off; <see cref="Archive.Options"/> turns it on for later imports.</summary>
    private static async Task<Archive> ArchiveWithoutStoriesAsync()
    {
        var options = new StoryOptions { FindAtImport = false };
        var harness = new ImportHarness(configure: s => s.AddSingleton<IOptions<StoryOptions>>(Options.Create(options)));
        CorpusGenerator.WriteTo(harness.SeedsPath, new CorpusGenerator(5, retellPercent: 10).Generate(Generated));
        var run = await harness.ImportAsync();
        Assert.Equal(ImportStatus.Succeeded, run.Status);
        return new Archive(harness, options);
    }

    private static async Task<List<List<string>>> FreshImportStoriesAsync()
    {
        await using var harness = new ImportHarness();
        CorpusGenerator.WriteTo(harness.SeedsPath, new CorpusGenerator(5, retellPercent: 10).Generate(Generated));
        await harness.ImportAsync();
        return await StoriesAsync(harness);
    }

    /// <summary>The stories as sets of files (ids and story numbers aside): what a reader sees grouped.</summary>
    private static async Task<List<List<string>>> StoriesAsync(ImportHarness harness)
    {
        var rows = await RowsAsync(harness);
        return rows.Where(r => r.StoryId is not null).GroupBy(r => r.StoryId).Select(g => g.Select(r => r.SourceFile).Order(StringComparer.Ordinal).ToList())
            .OrderBy(g => g[0], StringComparer.Ordinal).ToList();
    }

    private static async Task<List<(string SourceFile, int? StoryId, int? CopyOfId)>> RowsAsync(ImportHarness harness)
    {
        await using var db = harness.OpenDb();
        return (await db.Articles.AsNoTracking().OrderBy(a => a.SourceFile).Select(a => new { a.SourceFile, a.StoryId, a.CopyOfId }).ToListAsync())
            .Select(a => (a.SourceFile, a.StoryId, a.CopyOfId)).ToList();
    }

    /// <summary>Key rows and key sets: every article has one or the other (here: a key set each, the run holding them all).</summary>
    private static async Task<int> KeysAsync(ArchiveDbContext db) =>
        await db.StoryKeys.CountAsync() + await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM StoryKeySets").SingleAsync();

    private static async Task<int> CountAsync(ImportHarness harness, Func<ArchiveDbContext, Task<int>> count)
    {
        await using var db = harness.OpenDb();
        return await count(db);
    }

    private sealed record Archive(ImportHarness Harness, StoryOptions Options) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Harness.DisposeAsync();
    }
}
