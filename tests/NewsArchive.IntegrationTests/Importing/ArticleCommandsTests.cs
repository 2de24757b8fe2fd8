using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Parsing.Document;

namespace NewsArchive.IntegrationTests.Importing;

public sealed class ArticleCommandsTests
{
    private static readonly string[] s_sameColumns =
    [
        "Title", "TitleDerived", "PublishedOn", "DateSource", "Source", "Body", "WordCount", "ContentHash", "RawText",
        "LineRoles", "Warnings", "ParserVersion", "IsMissing", "ImportedAt", "UpdatedAt",
    ];

    [Fact]
    public async Task The_fast_path_stores_every_column_exactly_as_EF_Core_does()
    {
        using var harness = new FastPathHarness(0);
        await using var db = harness.CreateContext();
        await db.AddIndexedAsync(Sample(1, "a.txt"));

        await using (var session = await ImportSession.BeginAsync(db, CancellationToken.None))
        {
            await session.Articles.InsertAsync(Sample(2, "b.txt"), CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        var columns = string.Join(" || '|' || ", s_sameColumns.Select(c => $"quote({c})"));
        // The column list is this test's own constant, not input.
        var sql = "SELECT " + columns + " AS Value FROM Articles ORDER BY Id";
        var rows = await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[0], rows[1]);
        await harness.AssertIndexInSyncAsync();
    }

    [Fact]
    public async Task An_update_with_a_new_sort_key_moves_the_article_in_the_index()
    {
        using var harness = new FastPathHarness(0);
        await using var db = harness.CreateContext();
        var article = Sample(5, "a.txt");
        await db.AddIndexedAsync(article);
        article.Title = "A different headline";

        await using (var session = await ImportSession.BeginAsync(db, CancellationToken.None))
        {
            await session.Articles.UpdateAsync(article, 77, CancellationToken.None);
            await session.Articles.UpdateAsync(article, null, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        Assert.Equal(77, await harness.ScalarAsync("SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH 'different'"));
        Assert.Equal(77, await harness.ScalarAsync("SELECT SortKey FROM Articles"));
        await harness.AssertIndexInSyncAsync();
    }

    [Fact]
    public async Task An_update_that_changes_no_indexed_text_leaves_the_index_as_it_was()
    {
        using var harness = new FastPathHarness(0);
        await using var db = harness.CreateContext();
        var article = Sample(6, "a.txt");
        await db.AddIndexedAsync(article);
        article.RawText += "\nA removed line.";

        await using (var session = await ImportSession.BeginAsync(db, CancellationToken.None))
        {
            var replaced = await session.Articles.UpdateAsync(article, null, CancellationToken.None);
            Assert.Equal(Sample(6, "a.txt").RawText, replaced?.RawText);
            await session.CommitAsync(CancellationToken.None);
        }

        await harness.AssertIndexInSyncAsync();
        Assert.Equal(6, await harness.ScalarAsync("SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH 'kremlin'"));
    }

    [Fact]
    public async Task A_batch_that_is_not_committed_leaves_neither_the_article_nor_its_index_entry()
    {
        using var harness = new FastPathHarness(0);
        await using var db = harness.CreateContext();

        await using (var session = await ImportSession.BeginAsync(db, CancellationToken.None))
        {
            await session.Articles.InsertAsync(Sample(3, "c.txt"), CancellationToken.None);
        }

        Assert.Equal(0, await harness.ScalarAsync("SELECT count(*) FROM Articles"));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH 'kremlin'"));
        await harness.AssertIndexInSyncAsync();
    }

    [Fact]
    public async Task A_transaction_written_out_of_rowid_order_and_updated_twice_reaches_the_index_as_one_segment_in_sync()
    {
        using var harness = new FastPathHarness(0);
        // No merging, so the segments counted are the ones the session wrote; the migration set FTS5's hashsize.
        await harness.ExecuteAsync("INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('automerge', 0);");
        Assert.Equal(33_554_432, await harness.ScalarAsync("SELECT v FROM ArticleSearch_config WHERE k = 'hashsize'"));
        await using var db = harness.CreateContext();
        var stored = Sample(40, "stored.txt");
        await db.AddIndexedAsync(stored);
        var twice = Sample(30, "twice.txt");

        await using (var session = await ImportSession.BeginAsync(db, CancellationToken.None))
        {
            // Three batches as the writer sends them: each in rising sort-key order, each starting lower than the last ended.
            foreach (var key in new long[] { 20, 50, 90, 10, 60, 70, 5, 80 })
            {
                await session.Articles.InsertAsync(Sample(key, $"{key}.txt"), CancellationToken.None);
            }
            twice.Id = await session.Articles.InsertAsync(twice, CancellationToken.None);
            // Updated twice before the commit: the first new text never reaches the index, the second does.
            twice.Title = "Zanzibar ferry schedule";
            await session.Articles.UpdateAsync(twice, 35, CancellationToken.None);
            twice.SortKey = 35;
            twice.Title = "Quokka census results";
            await session.Articles.UpdateAsync(twice, null, CancellationToken.None);
            stored.Title = "Harbour reopens";
            await session.Articles.UpdateAsync(stored, 45, CancellationToken.None);
            await session.CommitAsync(CancellationToken.None);
        }

        await harness.AssertIndexInSyncAsync();
        Assert.Equal(0, await harness.ScalarAsync("SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH 'zanzibar'"));
        Assert.Equal(35, await harness.ScalarAsync("SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH 'quokka'"));
        Assert.Equal(45, await harness.ScalarAsync("SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH 'harbour'"));
        Assert.Equal(8, await harness.ScalarAsync("SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH 'kremlin'"));
        // The stored article's segment (from before) and the session's one: its removal and additions in one rowid-ordered pass.
        Assert.Equal(2, await harness.ScalarAsync("SELECT count(DISTINCT segid) FROM ArticleSearch_idx"));
    }

    [Fact]
    public async Task Queued_index_text_over_a_chunk_without_a_source_and_in_any_script_is_indexed_as_given()
    {
        using var harness = new FastPathHarness(0);
        await using var db = harness.CreateContext();
        // Over the queue's 1 MB chunks, after text that partly filled one; then text that needs a new chunk.
        var huge = Sample(2, "huge.txt");
        huge.Body = string.Concat(Enumerable.Repeat("Élan vital über naïve façade, 東京 and Ωmega. ", 30_000)) + "Xylophonist";
        var plain = Sample(3, "plain.txt");
        plain.Source = null;
        plain.Body = "Zeppelin " + new string('k', 900_000);

        await using (var session = await ImportSession.BeginAsync(db, CancellationToken.None))
        {
            foreach (var article in new[] { Sample(1, "a.txt"), huge, plain })
            {
                await session.Articles.InsertAsync(article, CancellationToken.None);
            }
            await session.CommitAsync(CancellationToken.None);
        }

        await harness.AssertIndexInSyncAsync();
        Assert.Equal(2, await harness.ScalarAsync("SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH 'xylophonist'"));
        Assert.Equal(2, await harness.ScalarAsync("SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH 'facade'"));
        Assert.Equal(3, await harness.ScalarAsync("SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH 'zeppelin'"));
        Assert.Equal(2, await harness.ScalarAsync("SELECT count(*) FROM ArticleSearch WHERE ArticleSearch MATCH 'Source:press'"));
    }

    private static Article Sample(long sortKey, string sourceFile) => new()
    {
        SortKey = sortKey,
        Slug = "slug-" + sourceFile,
        Title = "Kremlin says Putin agrees",
        TitleDerived = true,
        PublishedOn = new DateOnly(2021, 3, 22),
        DateSource = DateSource.Header,
        Source = "Press TV",
        Body = "First paragraph.\n\nSecond paragraph.",
        WordCount = 4,
        SourceFile = sourceFile,
        ContentHash = new string('a', 64),
        RawText = " date 2021-03-22 First paragraph.\n\nSecond paragraph.",
        LineRoles = "hbb",
        Warnings = "one\ntwo",
        ParserVersion = 3,
        IsMissing = false,
        ImportedAt = new DateTime(2026, 11, 22, 7, 1, 2, 345, DateTimeKind.Utc).AddTicks(6789),
        UpdatedAt = new DateTime(2026, 11, 22, 7, 1, 3, DateTimeKind.Utc),
    };
}
