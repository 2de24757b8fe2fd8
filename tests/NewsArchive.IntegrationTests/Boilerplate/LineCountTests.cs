using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Boilerplate;
using NewsArchive.Corpus;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Importing;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Document;

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
            var learner = new BoilerplateLearner(db, new ArticleTextParser(new ParserOptions()), TimeProvider.System, NullLogger<BoilerplateLearner>.Instance);
            Assert.Equal(5, await new MissingArticles(db, learner, new ImportGate()).RemoveAsync(CancellationToken.None));
        }

        Assert.Equal((10, 5), (run.Updated, run.Missing));
        await harness.AssertIndexInSyncAsync();
        await using var check = harness.CreateContext();
        var rows = await check.LineCounts.ToListAsync();
        var stored = rows.ToDictionary(l => l.Hash, l => l.Files);
        Assert.NotEmpty(stored);
        Assert.Equal(await RecountAsync(check), stored);
        // A line in fewer than MinFiles articles lists them; a complete list (one id an article) is exactly the articles that have it.
        var having = await ArticlesByLineAsync(check);
        var listed = rows.Where(r => r.Articles is not null).ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, r => Assert.True(r.Files < BoilerplateLearner.MinFiles));
        Assert.All(rows.Where(r => r.Files < BoilerplateLearner.MinFiles), r => Assert.NotNull(r.Articles));
        foreach (var row in listed)
        {
            var ids = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(row.Articles).ToArray();
            Assert.Subset(having[row.Hash], ids.ToHashSet());
            if (ids.Length == row.Files)
            {
                Assert.Equal(having[row.Hash].Order(), ids.Order());
            }
        }
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

    [Fact]
    public async Task Changes_left_waiting_by_a_cut_off_import_are_applied_and_learned_by_the_next_one()
    {
        await using var harness = new ImportHarness();
        await ImportPagesWithMenuAsync(harness);
        var menu = unchecked((long)LineKey.Of(Menu));
        await using (var db = harness.OpenDb())
        {
            // As an import cut off after committing its last article with its changes waiting, before applying them
            // (and so before learning the line): the last article's menu line is in LineCountChanges, not in LineCounts.
            var last = await db.Articles.MaxAsync(a => a.Id);
            var row = await db.LineCounts.SingleAsync(l => l.Hash == menu);
            Assert.Equal(BoilerplateLearner.MinFiles, row.Files);
            await db.Database.ExecuteSqlRawAsync("UPDATE LineCounts SET Files = Files - 1, Articles = {0} WHERE Hash = {1};",
                System.Runtime.InteropServices.MemoryMarshal.AsBytes<int>(await db.Articles.Where(a => a.Id != last).OrderBy(a => a.Id).Select(a => a.Id).ToArrayAsync()).ToArray(), menu);
            var waiting = new BatchLines();
            waiting.Add(last, new BatchLines.LineKeys([unchecked((ulong)menu)]));
            await db.Database.ExecuteSqlRawAsync("INSERT INTO LineCountChanges (Changes) VALUES ({0});", waiting.ToBytes());
            await db.BoilerplateLines.ExecuteDeleteAsync();
        }

        var run = await harness.ImportAsync();

        Assert.Equal((0, BoilerplateLearner.MinFiles), (run.Added, run.Unchanged));
        await using var check = harness.OpenDb();
        Assert.Equal([Menu], await check.BoilerplateLines.Select(b => b.Text).ToListAsync());
        Assert.Equal(0, await check.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM LineCountChanges").SingleAsync());
        Assert.Equal(await RecountAsync(check), await check.LineCounts.ToDictionaryAsync(l => l.Hash, l => l.Files));
        Assert.DoesNotContain(await check.Articles.Select(a => a.Body).ToListAsync(), body => body.Contains(Menu, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changes_kept_waiting_through_a_large_archive_s_transactions_end_as_applying_each_would()
    {
        const int files = (3 * ArchiveImporter.BatchSize) + 17;
        using var deferring = new FastPathHarness(files, seed: 23);
        using var applying = new FastPathHarness(files, seed: 23);
        // Rows of lines no article has make LineCounts large enough that a transaction's changes wait (at most an
        // eighth of its rows), as in an archive of a few hundred thousand articles.
        // (The setting says the archive's lines are counted, so the first import does not recount them from scratch.)
        await deferring.ExecuteAsync("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000) "
            + "INSERT INTO LineCounts (Hash, Files, Articles) SELECT i * 1000003, 1, NULL FROM n; "
            + "INSERT INTO Settings (Key, Value) VALUES ('LineCounts', '1');");
        using var sampling = new CancellationTokenSource();
        var waited = SampleMaxAsync(deferring, "SELECT count(*) FROM LineCountChanges", sampling.Token);

        var run = await deferring.ImportAsync();
        await sampling.CancelAsync();
        await applying.ImportAsync();

        Assert.Equal((files, 0), (run.Added, run.Failed));
        Assert.True(await waited >= 1, "No transaction's changes waited.");
        Assert.Equal(0, await deferring.ScalarAsync("SELECT count(*) FROM LineCountChanges"));
        Assert.Equal(200000, await deferring.ScalarAsync("SELECT count(*) FROM LineCounts WHERE Hash % 1000003 = 0 AND Hash / 1000003 BETWEEN 1 AND 200000 AND Files = 1"));
        await using var deferred = deferring.CreateContext();
        await using var direct = applying.CreateContext();
        var counts = await deferred.LineCounts.Where(l => l.Articles != null || l.Files != 1 || l.Hash % 1000003 != 0).ToDictionaryAsync(l => l.Hash, l => (l.Files, l.Articles));
        Assert.Equal(await RecountAsync(deferred), counts.ToDictionary(c => c.Key, c => c.Value.Files));
        Assert.Equal(
            (await direct.LineCounts.ToListAsync()).ToDictionary(l => l.Hash, l => (l.Files, Articles: l.Articles is null ? null : Convert.ToHexString(l.Articles))),
            counts.ToDictionary(c => c.Key, c => (c.Value.Files, Articles: c.Value.Articles is null ? null : Convert.ToHexString(c.Value.Articles))));
        Assert.Equal(await direct.BoilerplateLines.Select(b => b.Text).OrderBy(t => t).ToListAsync(), await deferred.BoilerplateLines.Select(b => b.Text).OrderBy(t => t).ToListAsync());
        Assert.Equal(
            await direct.Articles.OrderBy(a => a.SourceFile).Select(a => new { a.SourceFile, a.Title, a.Body, a.LineRoles }).ToListAsync(),
            await deferred.Articles.OrderBy(a => a.SourceFile).Select(a => new { a.SourceFile, a.Title, a.Body, a.LineRoles }).ToListAsync());
        await deferring.AssertIndexInSyncAsync();
    }

    /// <summary>The largest value <paramref name="sql"/> returned, sampled on its own connection until cancelled.</summary>
    private static async Task<long> SampleMaxAsync(FastPathHarness harness, string sql, CancellationToken ct)
    {
        var max = 0L;
        while (!ct.IsCancellationRequested)
        {
            max = Math.Max(max, await harness.ScalarAsync(sql));
            await Task.Delay(5, CancellationToken.None);
        }
        return max;
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

    private static async Task<Dictionary<long, HashSet<int>>> ArticlesByLineAsync(NewsArchive.Data.ArchiveDbContext db)
    {
        var having = new Dictionary<long, HashSet<int>>();
        foreach (var article in await db.Articles.Select(a => new { a.Id, a.RawText, a.LineRoles }).ToListAsync())
        {
            foreach (var (line, _) in ArchiveLines.Candidates(article.RawText, article.LineRoles))
            {
                var key = unchecked((long)LineKey.Of(line));
                if (!having.TryGetValue(key, out var ids))
                {
                    having[key] = ids = [];
                }
                ids.Add(article.Id);
            }
        }
        return having;
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
