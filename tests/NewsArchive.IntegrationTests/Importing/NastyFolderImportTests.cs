using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Parsing;
using NewsArchive.Search;
using NewsArchive.UnitTests.Parsing;

namespace NewsArchive.IntegrationTests.Importing;

/// <summary>No file can stop, hang or empty an import: a folder of nasty files, imported twice.</summary>
public sealed class NastyFolderImportTests : IAsyncDisposable
{
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(2);
    private readonly ImportHarness _harness = new(new Dictionary<string, string?> { ["Ingest:MaxFileBytes"] = NastyFiles.MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    private readonly NastyFiles _files;

    public NastyFolderImportTests() => _files = new NastyFiles(_harness.SeedsPath);

    [Fact]
    public async Task Every_file_with_words_becomes_an_article_garbage_is_refused_with_reasons_and_the_second_run_changes_nothing()
    {
        var first = await _harness.ImportAsync().WaitAsync(s_patience);

        Assert.Equal(ImportStatus.Succeeded, first.Status);
        Assert.Equal(_files.Articles.Count + _files.Refused.Count, first.TotalFiles);
        await using (var db = _harness.OpenDb())
        {
            var results = await db.ImportFileResults.Where(r => r.ImportRunId == first.Id).ToDictionaryAsync(r => r.SourceFile, StringComparer.Ordinal);
            var articles = await db.Articles.ToDictionaryAsync(a => a.SourceFile, StringComparer.Ordinal);
            foreach (var (file, phrase) in _files.Articles)
            {
                Assert.True(results[file].Outcome == ImportOutcome.Added, $"{file}: {results[file].Outcome} {results[file].Message}");
                var article = articles[file];
                Assert.True(article.Body.Contains(phrase, StringComparison.Ordinal) || article.Title.Contains(phrase, StringComparison.Ordinal), $"{file}: '{phrase}' not in '{article.Title}' / '{article.Body[..Math.Min(200, article.Body.Length)]}'");
                Assert.DoesNotContain(MarkedText.Open, article.Body + article.Title);
                Assert.DoesNotContain(MarkedText.Close, article.Body + article.Title);
                Assert.True(article.PublishedOn is null || article.PublishedOn <= DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), $"{file}: {article.PublishedOn}");
            }
            foreach (var (file, reason) in _files.Refused)
            {
                Assert.True(results[file].Outcome == ImportOutcome.Failed, $"{file}: {results[file].Outcome}");
                Assert.Contains(reason, results[file].Message, StringComparison.Ordinal);
            }
            Assert.Equal(_files.Refused.Count, first.Failed);
            Assert.Contains(ArticleTextParser.LowConfidenceWarning, results["wire-earnings.txt"].Message, StringComparison.Ordinal);
            Assert.Contains("outside the plausible range", results["header-future.txt"].Message, StringComparison.Ordinal);
            Assert.Null(articles["header-future.txt"].PublishedOn);
            Assert.Contains("symbolic link to eol-crlf.txt; its target was read", results["link-inside.txt"].Message, StringComparison.Ordinal);
            Assert.Equal(new DateOnly(1987, 3, 2), articles["wire-earnings.txt"].PublishedOn);
        }

        var second = await _harness.ImportAsync().WaitAsync(s_patience);

        Assert.Equal(ImportStatus.Succeeded, second.Status);
        Assert.Equal((0, 0, _files.Articles.Count, _files.Refused.Count, 0), (second.Added, second.Updated, second.Unchanged, second.Failed, second.Missing));
        Assert.Equal("Completed with " + _files.Refused.Count + " failed files", second.Describe());
    }

    [Fact]
    public async Task A_parser_that_throws_on_one_file_fails_that_file_and_the_rest_of_the_run_is_intact()
    {
        await using var harness = new ImportHarness(configure: services =>
            services.AddSingleton<IArticleParser>(sp => new ThrowingParser(sp.GetRequiredService<ArticleTextParser>(), "boom")));
        harness.CopySeeds();
        harness.Write("boom.txt", SampleText.Article());
        harness.Write("zz-after-boom.txt", SampleText.Article("A file after the one that throws"));

        var run = await harness.ImportAsync().WaitAsync(s_patience);

        Assert.Equal(ImportStatus.Succeeded, run.Status);
        Assert.Equal((7, 6, 1), (run.TotalFiles, run.Added, run.Failed));
        await using var db = harness.OpenDb();
        var failed = await db.ImportFileResults.SingleAsync(r => r.Outcome == ImportOutcome.Failed);
        Assert.Equal("boom.txt", failed.SourceFile);
        Assert.Equal("The parser failed on this file (InvalidOperationException: The test parser throws on boom.txt); it was not imported, and the other files were.", failed.Message);
        Assert.True(await db.Articles.AnyAsync(a => a.SourceFile == "zz-after-boom.txt"));
        Assert.Equal("Completed with 1 failed file", run.Describe());
    }

    /// <summary>The real parser, but it throws for files whose name starts with a prefix.</summary>
    private sealed class ThrowingParser(ArticleTextParser inner, string prefix) : IArticleParser
    {
        public int MaxFileBytes => inner.MaxFileBytes;

        public ParseResult Parse(string fileName, ReadOnlySpan<byte> bytes, IReadOnlySet<string>? knownBoilerplate = null, DateOnly? today = null) =>
            fileName.StartsWith(prefix, StringComparison.Ordinal)
                ? throw new InvalidOperationException($"The test parser throws on {fileName}")
                : inner.Parse(fileName, bytes, knownBoilerplate, today);
    }

    public async ValueTask DisposeAsync()
    {
        _files.Dispose();
        await _harness.DisposeAsync();
    }
}
