using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Corpus;
using NewsArchive.Data;
using NewsArchive.IntegrationTests.Data;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Stories;

/// <summary>
/// An archive whose stories were found with the sketches before one-permutation MinHash (Data/Fixtures/README.md:
/// made by main 0670c39, 240-byte signatures) is migrated, and the next import's backfill finds what a fresh import of
/// the same files finds: the same sketches, term counts, stories and copies.
/// </summary>
public sealed class OnePermutationUpgradeTests
{
    internal const string Fixture = "archive-main-2026-12-03-stories.db";
    internal const int Articles = 200;

    [Fact]
    public async Task An_archive_with_the_old_sketches_gets_the_stories_of_a_fresh_import_after_the_migration_and_the_next_import()
    {
        await using var upgraded = new ImportHarness();
        var database = DatabasePath(upgraded);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", Fixture), database);
        WriteFiles(upgraded.SeedsPath);
        var articlesBefore = await UpgradeTests.RowsAsync(database, ArticlesSql);
        var storiesBefore = await UpgradeTests.RowsAsync(database, PartitionSql);
        Assert.Equal(Articles, articlesBefore.Count);
        Assert.Equal([["240", Articles.ToString(CultureInfo.InvariantCulture)]], await UpgradeTests.RowsAsync(database, "SELECT length(MinHash), count(*) FROM StorySketches GROUP BY 1"));
        Assert.Contains(storiesBefore, r => r[1] is not null);

        await using (var db = upgraded.OpenDb())
        {
            Assert.Equal("20261202000000_StoryKeySets", (await db.Database.GetAppliedMigrationsAsync()).Last());
            Assert.Contains("20261203100000_OnePermutationSketches", await db.Database.GetPendingMigrationsAsync());
            await ArchiveDatabase.MigrateAsync(db);
        }
        SqliteConnection.ClearAllPools();

        // The migration forgets every story row and keeps the articles.
        Assert.Equal(articlesBefore, await UpgradeTests.RowsAsync(database, ArticlesSql));
        foreach (var table in (string[])["StorySketches", "StoryKeySets", "StoryKeys", "StoryTerms", "Stories"])
        {
            Assert.Equal([["0"]], await UpgradeTests.RowsAsync(database, $"SELECT count(*) FROM \"{table}\""));
        }
        Assert.Equal([["0"]], await UpgradeTests.RowsAsync(database, "SELECT count(*) FROM Articles WHERE StoryId IS NOT NULL OR CopyOfId IS NOT NULL"));

        // The next import: the files are unchanged (unless the parser is newer than the fixture's), so the backfill places
        // them all.
        var storedVersions = (await UpgradeTests.RowsAsync(database, "SELECT DISTINCT ParserVersion FROM Articles")).Select(r => r[0]).ToList();
        var reparsed = storedVersions.SequenceEqual([NewsArchive.Parsing.ArticleTextParser.Version.ToString(CultureInfo.InvariantCulture)]) ? 0 : Articles;
        var run = await upgraded.ImportAsync();
        Assert.Equal((0, reparsed, Articles - reparsed, 0), (run.Added, run.Updated, run.Unchanged, run.Failed));

        await using var fresh = new ImportHarness();
        WriteFiles(fresh.SeedsPath);
        Assert.Equal(Articles, (await fresh.ImportAsync()).Added);
        SqliteConnection.ClearAllPools();

        var partition = await UpgradeTests.RowsAsync(database, PartitionSql);
        Assert.Contains(partition, r => r[1] is not null);
        Assert.Contains(partition, r => r[2] is not null);
        foreach (var sql in (string[])[PartitionSql, SketchesSql, StoriesSql, TermsSql])
        {
            Assert.Equal(await UpgradeTests.RowsAsync(DatabasePath(fresh), sql), await UpgradeTests.RowsAsync(database, sql));
        }
        // Key sets are not compared byte for byte: an article's key terms depend on the term counts when it was placed,
        // which differ between a backfill (one batch at a time) and an import placing ahead; each article has its set.
        Assert.Equal([[Articles.ToString(CultureInfo.InvariantCulture)]], await UpgradeTests.RowsAsync(database, KeySetsSql));
    }

    private const string ArticlesSql = "SELECT SourceFile, Title, Body, Source, PublishedOn, ContentHash FROM Articles ORDER BY SourceFile";

    /// <summary>Each article's story (named by its first file in name order, ids aside) and the file it is a copy of.</summary>
    internal const string PartitionSql =
        "SELECT a.SourceFile, (SELECT min(b.SourceFile) FROM Articles b WHERE b.StoryId = a.StoryId), c.SourceFile "
        + "FROM Articles a LEFT JOIN Articles c ON c.Id = a.CopyOfId ORDER BY a.SourceFile";

    private const string SketchesSql =
        "SELECT a.SourceFile, k.Day, k.Source, hex(k.MinHash), hex(k.Terms), (SELECT min(b.SourceFile) FROM Articles b WHERE b.StoryId = k.StoryId), c.SourceFile "
        + "FROM StorySketches k JOIN Articles a ON a.Id = k.ArticleId LEFT JOIN Articles c ON c.Id = k.CopyOfId ORDER BY a.SourceFile";

    private const string KeySetsSql = "SELECT count(DISTINCT ArticleId) FROM (SELECT ArticleId FROM StoryKeySets UNION ALL SELECT ArticleId FROM StoryKeys)";

    private const string StoriesSql =
        "SELECT f.SourceFile, s.Title, s.FirstPublished, s.LastPublished, s.Size FROM Stories s JOIN Articles f ON f.Id = s.FirstArticleId ORDER BY f.SourceFile";

    private const string TermsSql = "SELECT Term, Docs FROM StoryTerms ORDER BY Term";

    private static string DatabasePath(ImportHarness harness) => new SqliteConnectionStringBuilder(harness.ConnectionString).DataSource;

    /// <summary>The fixture's files as they were imported (its README: <c>generate --count 200 --seed 5 --profile short</c>).</summary>
    internal static void WriteFiles(string folder) => new CorpusGenerator(5, profile: CorpusProfile.ShortItems).WriteTo(folder, Articles);
}
