using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Boilerplate;
using NewsArchive.Corpus;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Importing;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Parsing;

namespace NewsArchive.IntegrationTests.Boilerplate;

/// <summary>The per-line article counts the importer keeps batch by batch, checked against a full recount.</summary>
public sealed class LineCountTests
{
    private const string Menu = "Home Politics Economy Culture Weather";

    [Fact]
    public async Task Counts_kept_through_adds_updates_and_removals_equal_a_full_recount()
    {
        using var harness = new FastPathHarness(300);
        await harness.ImportAsync();
        var files = harness.Files.ToList();
        var replacements = new CorpusGenerator(5).Generate(10).ToList();
        for (var i = 0; i < replacements.Count; i++)
        {
            await File.WriteAllTextAsync(files[i], replacements[i].Text);
        }
        files.Skip(20).Take(5).ToList().ForEach(File.Delete);

        var run = await harness.ImportAsync();
        await using (var db = harness.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var learner = new BoilerplateLearner(db, new ArticleTextParser(new ParserOptions()), TimeProvider.System, NullLogger<BoilerplateLearner>.Instance);
            await learner.ForgetAsync(db.Articles.Where(a => a.IsMissing), CancellationToken.None);
            await db.Articles.Where(a => a.IsMissing).ExecuteDeleteAsync();
            await transaction.CommitAsync();
        }

        Assert.Equal((10, 5), (run.Updated, run.Missing));
        await using var check = harness.CreateContext();
        var stored = await check.LineCounts.ToDictionaryAsync(l => l.Hash, l => l.Files);
        Assert.NotEmpty(stored);
        Assert.Equal(await RecountAsync(check), stored);
    }

    [Fact]
    public async Task An_archive_imported_before_the_counts_is_counted_once_by_the_next_import_and_learns()
    {
        await using var harness = new ImportHarness();
        await ImportPagesWithMenuAsync(harness);
        await using (var db = harness.OpenDb())
        {
            // As a database migrated from before the counts: no counts, nothing learned.
            await db.LineCounts.ExecuteDeleteAsync();
            await db.BoilerplateLines.ExecuteDeleteAsync();
            await db.Settings.Where(s => s.Key == "LineCounts").ExecuteDeleteAsync();
        }

        harness.Write("late.txt", Page("Council votes on the late budget", "the late district"));
        var run = await harness.ImportAsync();

        Assert.Equal(1, run.Added);
        await using var check = harness.OpenDb();
        var menu = unchecked((long)LineKey.Of(Menu));
        Assert.Contains(Menu, await check.BoilerplateLines.Select(b => b.Text).ToListAsync());
        Assert.Equal(BoilerplateLearner.MinFiles + 1, (await check.LineCounts.SingleAsync(l => l.Hash == menu)).Files);
        Assert.DoesNotContain(await check.Articles.Select(a => a.Body).ToListAsync(), body => body.Contains(Menu, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_import_that_only_re_parses_with_learned_lines_changes_the_archive_generation()
    {
        await using var harness = new ImportHarness();
        await ImportPagesWithMenuAsync(harness);
        string before;
        await using (var db = harness.OpenDb())
        {
            // As a database migrated from before the counts: the next import, with no file changed, learns the menu.
            await db.LineCounts.ExecuteDeleteAsync();
            await db.BoilerplateLines.ExecuteDeleteAsync();
            await db.Settings.Where(s => s.Key == "LineCounts").ExecuteDeleteAsync();
            before = await ReadGenerationAsync(db);
        }

        var run = await harness.ImportAsync();

        Assert.Equal((0, 0, BoilerplateLearner.MinFiles), (run.Added, run.Updated, run.Unchanged));
        Assert.StartsWith("Re-parsed", run.Message, StringComparison.Ordinal);
        await using var check = harness.OpenDb();
        Assert.NotEqual(before, await ReadGenerationAsync(check));
    }

    [Fact]
    public async Task A_line_that_falls_below_the_threshold_is_forgotten()
    {
        await using var harness = new ImportHarness();
        await ImportPagesWithMenuAsync(harness);
        await using (var db = harness.OpenDb())
        {
            Assert.Contains(Menu, await db.BoilerplateLines.Select(b => b.Text).ToListAsync());
        }

        harness.Write("0.txt", $"Council votes on budget number 0\n\n{SampleArticles.Paragraphs("district 0")}\n");
        var run = await harness.ImportAsync();

        Assert.Equal(1, run.Updated);
        await using var check = harness.OpenDb();
        Assert.DoesNotContain(Menu, await check.BoilerplateLines.Select(b => b.Text).ToListAsync());
    }

    [Fact]
    public async Task Articles_that_kept_a_newly_learned_line_are_re_parsed_whether_or_not_the_counts_list_them()
    {
        await using var harness = new ImportHarness();
        for (var i = 0; i < BoilerplateLearner.MinFiles - 1; i++)
        {
            harness.Write($"{i}.txt", Page($"Council votes on budget number {i}", $"district {i}"));
        }
        await harness.ImportAsync();
        await using (var db = harness.OpenDb())
        {
            var menu = unchecked((long)LineKey.Of(Menu));
            var listed = (await db.LineCounts.SingleAsync(l => l.Hash == menu)).Articles;
            Assert.Equal((BoilerplateLearner.MinFiles - 1) * sizeof(int), listed?.Length);
            // As if the line had been learned and forgotten before: the counts no longer say which articles have it.
            await db.LineCounts.ExecuteUpdateAsync(s => s.SetProperty(l => l.Articles, (byte[]?)null));
        }

        harness.Write("late.txt", Page("Council votes on the late budget", "the late district"));
        var run = await harness.ImportAsync();

        Assert.Equal(1, run.Added);
        await using var check = harness.OpenDb();
        Assert.Contains(Menu, await check.BoilerplateLines.Select(b => b.Text).ToListAsync());
        Assert.DoesNotContain(await check.Articles.Select(a => a.Body).ToListAsync(), body => body.Contains(Menu, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_batch_parsed_while_the_one_before_learned_a_line_is_re_parsed_with_it()
    {
        // Batch 1 teaches the line; batch 2 is parsed while batch 1 is written, so without it; batch 3 with it.
        const string notice = "The district office answers questions on weekdays.";
        await using var harness = new ImportHarness();
        var withNotice = Enumerable.Range(0, BoilerplateLearner.MinFiles)
            .Concat([ArchiveImporter.BatchSize, ArchiveImporter.BatchSize + 1, (2 * ArchiveImporter.BatchSize) + 1]).ToHashSet();
        for (var i = 0; i < (2 * ArchiveImporter.BatchSize) + 2; i++)
        {
            var paragraphs = SampleArticles.Paragraphs($"district {i}").Split("\n\n");
            var body = withNotice.Contains(i) ? string.Join("\n\n", paragraphs[0], notice, paragraphs[1], paragraphs[2]) : string.Join("\n\n", paragraphs);
            harness.Write($"{i:D4}.txt", $"Council votes on budget number {i}\n\n{body}");
        }

        var run = await harness.ImportAsync();

        Assert.Equal((2 * ArchiveImporter.BatchSize) + 2, run.Added);
        await using var check = harness.OpenDb();
        Assert.Contains(notice, await check.BoilerplateLines.Select(b => b.Text).ToListAsync());
        var kept = await check.Articles.Where(a => a.Body.Contains(notice)).Select(a => a.SourceFile).ToListAsync();
        Assert.Empty(kept);
        Assert.Equal((2 * ArchiveImporter.BatchSize) + 2, await check.Articles.CountAsync(a => a.Title.StartsWith("Council votes on budget number")));
    }

    /// <summary>Just enough files carrying <see cref="Menu"/> for it to be learned.</summary>
    private static async Task ImportPagesWithMenuAsync(ImportHarness harness)
    {
        for (var i = 0; i < BoilerplateLearner.MinFiles; i++)
        {
            harness.Write($"{i}.txt", Page($"Council votes on budget number {i}", $"district {i}"));
        }
        await harness.ImportAsync();
    }

    private static string Page(string headline, string topic) => $"{Menu}\n\n{headline}\n\n{SampleArticles.Paragraphs(topic)}\n";

    private static async Task<string> ReadGenerationAsync(NewsArchive.Data.ArchiveDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        return await NewsArchive.Data.ArchiveGeneration.ReadAsync((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection(), CancellationToken.None);
    }

    private static async Task<Dictionary<long, int>> RecountAsync(NewsArchive.Data.ArchiveDbContext db)
    {
        var counts = new Dictionary<long, int>();
        foreach (var article in await db.Articles.Select(a => new { a.RawText, a.LineRoles }).ToListAsync())
        {
            foreach (var key in ArchiveLines.Candidates(article.RawText, article.LineRoles).Select(c => unchecked((long)LineKey.Of(c.Line))).Distinct())
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return counts;
    }
}
