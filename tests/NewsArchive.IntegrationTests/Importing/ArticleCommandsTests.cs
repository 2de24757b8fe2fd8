using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Importing;
using NewsArchive.Parsing;

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
        db.Articles.Add(Sample(1, "a.txt"));
        await db.SaveChangesAsync();

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
        db.Articles.Add(article);
        await db.SaveChangesAsync();
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
    public async Task An_import_batch_suspends_the_index_trigger_only_inside_its_transaction()
    {
        using var harness = new FastPathHarness(0);
        await using var db = harness.CreateContext();
        const string triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'Articles_ai'";

        await using (var session = await ImportSession.BeginAsync(db, CancellationToken.None))
        {
            Assert.Equal(1, await harness.ScalarAsync(triggers));
            await session.Articles.InsertAsync(Sample(3, "c.txt"), CancellationToken.None);
        }

        Assert.Equal(1, await harness.ScalarAsync(triggers));
        Assert.Equal(0, await harness.ScalarAsync("SELECT count(*) FROM Articles"));
        db.Articles.Add(Sample(4, "d.txt"));
        await db.SaveChangesAsync();
        await harness.AssertIndexInSyncAsync();
        Assert.Equal(4, await harness.ScalarAsync("SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH 'kremlin'"));
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
