using Microsoft.EntityFrameworkCore;
using NewsArchive.Corpus;
using NewsArchive.Data;
using NewsArchive.Importing;

namespace NewsArchive.IntegrationTests.Importing;

public sealed class ImportFastPathTests
{
    private const int Articles = ArchiveImporter.BatchSize + 40;

    [Fact]
    public async Task First_import_adds_every_file_over_two_batches_and_indexes_it()
    {
        using var harness = new FastPathHarness(Articles);

        var run = await harness.ImportAsync();

        Assert.Equal(ImportStatus.Succeeded, run.Status);
        Assert.Equal((Articles, 0, 0, 0, 0), (run.Added, run.Updated, run.Unchanged, run.Failed, run.Missing));
        Assert.Empty(run.Files); // stored, not kept in memory: a million results would be a million objects
        Assert.Equal(Articles, await harness.ScalarAsync("SELECT count(*) FROM Articles"));
        Assert.Equal(Articles, await harness.ScalarAsync($"SELECT count(*) FROM ImportFileResults WHERE ImportRunId = {run.Id} AND ArticleId > 0"));
        Assert.Equal(Articles, await harness.ScalarAsync($"SELECT Added FROM ImportRuns WHERE Id = {run.Id}"));
        await harness.AssertIndexInSyncAsync();
    }

    [Fact]
    public async Task Reimport_counts_added_updated_unchanged_and_missing_and_keeps_the_index_in_sync()
    {
        using var harness = new FastPathHarness(Articles);
        await harness.ImportAsync();
        var files = harness.Files.ToList();
        foreach (var changed in files.Take(3))
        {
            await File.AppendAllTextAsync(changed, "\nA late correction mentions the quixotically named zyzzyva.\n");
        }
        files.Skip(3).Take(2).ToList().ForEach(File.Delete);
        await File.WriteAllTextAsync(Path.Combine(harness.SeedsPath, "extra.txt"), new CorpusGenerator(99).Generate(1).Single().Text + "zyzzyva\n");

        var run = await harness.ImportAsync();

        Assert.Equal((1, 3, Articles - 5, 0, 2), (run.Added, run.Updated, run.Unchanged, run.Failed, run.Missing));
        Assert.Equal(Articles + 1, await harness.ScalarAsync("SELECT count(*) FROM Articles"));
        Assert.Equal(2, await harness.ScalarAsync("SELECT count(*) FROM Articles WHERE IsMissing"));
        Assert.Equal(4, await harness.ScalarAsync("SELECT count(*) FROM Articles WHERE RawText LIKE '%zyzzyva%'"));
        await harness.AssertIndexInSyncAsync();
    }

    [Fact]
    public async Task A_batch_reaches_the_FTS5_index_as_one_segment_not_one_per_article()
    {
        using var harness = new FastPathHarness(60);
        // No merging, so the segments counted are the ones the import wrote.
        await harness.ExecuteAsync("INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('automerge', 0);");
        await harness.ExecuteAsync("INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('crisismerge', 1000);");

        await harness.ImportAsync();

        Assert.Equal(1, await harness.ScalarAsync("SELECT count(DISTINCT segid) FROM ArticleSearch_idx"));
        await harness.AssertIndexInSyncAsync();
    }

    [Fact]
    public async Task A_second_unchanged_import_writes_no_article()
    {
        using var harness = new FastPathHarness(300);
        await harness.ImportAsync();
        var before = await harness.ScalarAsync("SELECT max(unixepoch(UpdatedAt, 'subsec') * 1000) FROM Articles");

        var run = await harness.ImportAsync();

        Assert.Equal((0, 0, 300, 0, 0), (run.Added, run.Updated, run.Unchanged, run.Failed, run.Missing));
        Assert.Equal(before, await harness.ScalarAsync("SELECT max(unixepoch(UpdatedAt, 'subsec') * 1000) FROM Articles"));
        await harness.AssertIndexInSyncAsync();
    }

    [Fact]
    public async Task A_file_that_came_back_is_updated_and_no_longer_missing()
    {
        using var harness = new FastPathHarness(10);
        await harness.ImportAsync();
        var file = harness.Files.First();
        var content = await File.ReadAllBytesAsync(file);
        File.Delete(file);
        await harness.ImportAsync();
        await File.WriteAllBytesAsync(file, content);

        var run = await harness.ImportAsync();

        Assert.Equal((0, 1, 9, 0, 0), (run.Added, run.Updated, run.Unchanged, run.Failed, run.Missing));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count(*) FROM Articles WHERE IsMissing"));
        await harness.AssertIndexInSyncAsync();
    }

    [Fact]
    public async Task Dry_run_counts_everything_and_writes_nothing()
    {
        using var harness = new FastPathHarness(Articles);
        await File.WriteAllTextAsync(Path.Combine(harness.SeedsPath, "empty.txt"), "");

        var run = await harness.ImportAsync(dryRun: true);

        Assert.Equal((Articles, 1), (run.Added, run.Failed));
        Assert.Equal(Articles + 1, run.Files.Count);
        Assert.Equal(0, await harness.ScalarAsync("SELECT count(*) FROM Articles"));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count(*) FROM ImportRuns"));
    }

    [Fact]
    public async Task A_failed_file_is_recorded_with_its_reason_and_the_rest_is_imported()
    {
        using var harness = new FastPathHarness(20);
        await File.WriteAllTextAsync(Path.Combine(harness.SeedsPath, "empty.txt"), "");

        var run = await harness.ImportAsync();

        Assert.Equal((20, 1), (run.Added, run.Failed));
        await using var db = harness.CreateContext();
        var failed = await db.ImportFileResults.SingleAsync(f => f.ImportRunId == run.Id && f.Outcome == ImportOutcome.Failed);
        Assert.Equal("empty.txt", failed.SourceFile);
        Assert.False(string.IsNullOrEmpty(failed.Message));
        Assert.Null(failed.ArticleId);
    }
}
