using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Importing;

public sealed class ArchiveImporterTests : IAsyncDisposable
{
    private readonly ImportHarness _harness = new();

    [Fact]
    public async Task Importing_the_seeds_twice_adds_five_then_finds_five_unchanged()
    {
        _harness.CopySeeds();

        var first = await _harness.ImportAsync();
        var second = await _harness.ImportAsync();

        Assert.Equal((5, 0, 0, 0, 0), Counts(first));
        Assert.Equal((0, 0, 5, 0, 0), Counts(second));
        Assert.Equal(ImportStatus.Succeeded, second.Status);
        await using var db = _harness.OpenDb();
        Assert.Equal(5, await db.Articles.CountAsync());
        Assert.Equal(2, await db.ImportRuns.CountAsync());
        Assert.Equal(10, await db.ImportFileResults.CountAsync());
    }

    [Fact]
    public async Task A_changed_file_is_updated_in_place()
    {
        _harness.Write("a.txt", SampleArticles.Dated("2024-01-02", "Bridge plan approved", "the harbour"));
        await _harness.ImportAsync();
        await using var before = _harness.OpenDb();
        var id = (await before.Articles.SingleAsync()).Id;

        _harness.Write("a.txt", SampleArticles.Dated("2024-01-02", "Bridge plan approved", "the tunnel"));
        var run = await _harness.ImportAsync();

        Assert.Equal((0, 1, 0, 0, 0), Counts(run));
        await using var db = _harness.OpenDb();
        var article = await db.Articles.SingleAsync();
        Assert.Equal(id, article.Id);
        Assert.Contains("tunnel", article.Body, StringComparison.Ordinal);
        Assert.Equal(1, await CountMatchesAsync(db, "tunnel"));
        Assert.Equal(0, await CountMatchesAsync(db, "harbour"));
    }

    [Fact]
    public async Task A_removed_file_keeps_its_article_marked_missing()
    {
        _harness.Write("a.txt", SampleArticles.Dated("2024-01-02", "Bridge plan approved", "the bridge"));
        var path = _harness.Write("b.txt", SampleArticles.Dated("2024-01-03", "Tunnel plan approved", "the tunnel"));
        await _harness.ImportAsync();

        File.Delete(path);
        var run = await _harness.ImportAsync();

        Assert.Equal((0, 0, 1, 0, 1), Counts(run));
        await using var db = _harness.OpenDb();
        Assert.Equal(2, await db.Articles.CountAsync());
        Assert.True((await db.Articles.SingleAsync(a => a.SourceFile == "b.txt")).IsMissing);
        Assert.Contains(await db.ImportFileResults.Where(r => r.ImportRunId == run.Id).ToListAsync(),
            r => r is { SourceFile: "b.txt", Outcome: ImportOutcome.Missing });
    }

    [Fact]
    public async Task A_file_that_comes_back_is_no_longer_missing()
    {
        var path = _harness.Write("b.txt", SampleArticles.Dated("2024-01-03", "Tunnel plan approved", "the tunnel"));
        await _harness.ImportAsync();
        var content = await File.ReadAllBytesAsync(path);
        File.Delete(path);
        await _harness.ImportAsync();

        _harness.WriteBytes("b.txt", content);
        var run = await _harness.ImportAsync();

        Assert.Equal((0, 1, 0, 0, 0), Counts(run));
        await using var db = _harness.OpenDb();
        Assert.False((await db.Articles.SingleAsync()).IsMissing);
    }

    [Fact]
    public async Task Bad_files_fail_with_a_reason_and_the_others_still_import()
    {
        _harness.Write("good.txt", SampleArticles.Dated("2024-01-02", "Bridge plan approved", "the bridge"));
        _harness.WriteBytes("binary.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00]);
        _harness.WriteBytes("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        _harness.Write("empty.txt", "");
        _harness.Write("blank.txt", " \n\n\t \r\n ");
        _harness.WriteBytes("huge.txt", new byte[6 * 1024 * 1024]);

        var run = await _harness.ImportAsync();

        Assert.Equal((1, 0, 0, 5, 0), Counts(run));
        await using var db = _harness.OpenDb();
        var failures = await db.ImportFileResults.Where(r => r.Outcome == ImportOutcome.Failed).ToDictionaryAsync(r => r.SourceFile, r => r.Message);
        Assert.All(failures.Values, message => Assert.False(string.IsNullOrWhiteSpace(message)));
        Assert.Contains("limit", failures["huge.txt"], StringComparison.Ordinal);
        Assert.Contains("empty", failures["empty.txt"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_file_that_breaks_keeps_its_previous_article()
    {
        _harness.Write("a.txt", SampleArticles.Dated("2024-01-02", "Bridge plan approved", "the bridge"));
        await _harness.ImportAsync();

        _harness.Write("a.txt", "");
        var run = await _harness.ImportAsync();

        Assert.Equal((0, 0, 0, 1, 0), Counts(run));
        await using var db = _harness.OpenDb();
        Assert.Contains("bridge", (await db.Articles.SingleAsync()).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_reports_outcomes_and_writes_nothing()
    {
        _harness.CopySeeds();

        var run = await _harness.ImportAsync(dryRun: true);

        Assert.Equal((5, 0, 0, 0, 0), Counts(run));
        Assert.Equal(5, run.Files.Count);
        await using var db = _harness.OpenDb();
        Assert.Equal(0, await db.Articles.CountAsync());
        Assert.Equal(0, await db.ImportRuns.CountAsync());
    }

    [Fact]
    public async Task A_second_import_while_one_runs_starts_nothing()
    {
        _harness.CopySeeds();
        Assert.True(_harness.Gate.TryStart());
        try
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => _harness.ImportAsync());
        }
        finally
        {
            _harness.Gate.Finish();
        }
        Assert.Equal((5, 0, 0, 0, 0), Counts(await _harness.ImportAsync()));
    }

    [Fact]
    public async Task Files_in_subfolders_and_with_odd_names_import_with_relative_paths()
    {
        var names = new[] { "with space.txt", "ünïcødé-名前.txt", "-leading-dash.txt", "sub/dir/nested.txt" };
        foreach (var name in names)
        {
            _harness.Write(name, SampleArticles.Dated("2024-02-03", $"Story from {name}", "the harbour"));
        }
        _harness.Write(".hidden.txt", SampleArticles.Dated("2024-02-03", "Hidden", "the harbour"));

        var run = await _harness.ImportAsync();

        Assert.Equal((4, 0, 0, 0, 0), Counts(run));
        await using var db = _harness.OpenDb();
        Assert.Equal(names.Order(StringComparer.Ordinal), await db.Articles.Select(a => a.SourceFile).OrderBy(s => s).ToListAsync());
    }

    [Fact]
    public async Task Articles_sort_by_date_with_undated_below_every_dated_one()
    {
        _harness.Write("old.txt", SampleArticles.Dated("2001-05-06", "Old story here", "the old port"));
        _harness.Write("new.txt", SampleArticles.Dated("2024-05-06", "New story here", "the new port"));
        _harness.Write("none.txt", SampleArticles.Undated("Undated story here", "the lost port"));
        _harness.Write("new2.txt", SampleArticles.Dated("2024-05-06", "Same day story", "the other port"));

        await _harness.ImportAsync();

        await using var db = _harness.OpenDb();
        var order = await db.Articles.OrderByDescending(a => a.SortKey).Select(a => a.SourceFile).ToListAsync();
        Assert.Equal("none.txt", order[^1]);
        Assert.Equal("old.txt", order[^2]);
        Assert.Equal(["new.txt", "new2.txt"], order.Take(2).Order(StringComparer.Ordinal));
    }

    private static async Task<int> CountMatchesAsync(NewsArchive.Data.ArchiveDbContext db, string word) =>
        await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM ArticleSearch WHERE ArticleSearch MATCH {0}", word).SingleAsync();

    private static (int Added, int Updated, int Unchanged, int Failed, int Missing) Counts(ImportRun run) =>
        (run.Added, run.Updated, run.Unchanged, run.Failed, run.Missing);

    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
