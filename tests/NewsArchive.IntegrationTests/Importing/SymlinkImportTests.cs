using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Cli;
using NewsArchive.Data;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.UnitTests.Parsing;

namespace NewsArchive.IntegrationTests.Importing;

/// <summary>
/// Every symbolic link gets a result saying what was done with it: in the import's report (twice: the second run
/// keeps the note of a followed link), on the CLI's stderr and in <c>parse</c>. Nothing is read through a linked
/// folder: no file is imported twice, none from outside the seeds folder, no loop is walked.
/// </summary>
public sealed class SymlinkImportTests : IAsyncDisposable
{
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(2);
    private readonly ImportHarness _harness = new();
    private readonly SymlinkFolder _links;

    public SymlinkImportTests() => _links = new SymlinkFolder(_harness.SeedsPath);

    [Fact]
    public async Task Every_link_gets_a_result_saying_whether_it_was_followed_and_why_and_nothing_is_read_through_a_linked_folder()
    {
        var first = await _harness.ImportAsync().WaitAsync(s_patience);

        Assert.Equal(ImportStatus.Succeeded, first.Status);
        Assert.Equal(_links.EntryCount, first.TotalFiles);
        await AssertResultsAsync(first.Id, followedOutcome: ImportOutcome.Added);
        await using (var db = _harness.OpenDb())
        {
            var articles = await db.Articles.OrderBy(a => a.SourceFile).Select(a => a.SourceFile).ToListAsync();
            Assert.Equal(["link-absolute.txt", "link-chain.txt", "link-file.txt", SymlinkFolder.Story], articles);
        }

        var second = await _harness.ImportAsync().WaitAsync(s_patience);

        Assert.Equal((0, 0, 4), (second.Added, second.Updated, second.Unchanged));
        await AssertResultsAsync(second.Id, followedOutcome: ImportOutcome.Unchanged);
    }

    [Fact]
    public async Task The_cli_import_prints_a_line_for_every_link_with_what_was_done()
    {
        using var temp = new TempFolder();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["import", _harness.SeedsPath, "--db", temp.Combine("cli.db")], new CliConsole(stdout, stderr, TextReader.Null, Interactive: false), TimeProvider.System);

        Assert.Equal(CliApp.Failed, exit);
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (link, (outcome, message)) in _links.Expected)
        {
            var prefix = $"{link}: {outcome.ToString().ToLowerInvariant()}: ";
            var line = Assert.Single(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
            Assert.Contains(message, line, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(lines, l => l.StartsWith(SymlinkFolder.Story + ":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parse_gives_every_link_a_line_a_note_when_followed_and_an_error_when_not()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["parse", _harness.SeedsPath], stdout, stderr);

        Assert.Equal(CliApp.Failed, exit);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(_links.EntryCount, lines.Count);
        foreach (var (link, (outcome, message)) in _links.Expected)
        {
            var line = Assert.Single(lines, l => l.GetProperty("file").GetString() == Path.GetFileName(link));
            if (outcome == ImportOutcome.Failed)
            {
                Assert.Contains(message, line.GetProperty("error").GetString(), StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(message, line.GetProperty("note").GetString());
                Assert.Contains(SampleText.Paragraph2, line.GetProperty("body").GetString(), StringComparison.Ordinal);
                Assert.False(line.TryGetProperty("error", out _));
            }
        }
    }

    private async Task AssertResultsAsync(int runId, ImportOutcome followedOutcome)
    {
        await using var db = _harness.OpenDb();
        var results = await db.ImportFileResults.Where(r => r.ImportRunId == runId).ToDictionaryAsync(r => r.SourceFile, StringComparer.Ordinal);
        Assert.Equal([.. _links.Expected.Keys.Append(SymlinkFolder.Story).Order(StringComparer.Ordinal)], results.Keys.Order(StringComparer.Ordinal));
        foreach (var (link, (outcome, message)) in _links.Expected)
        {
            var result = results[link];
            Assert.True((outcome == ImportOutcome.Added ? followedOutcome : outcome) == result.Outcome, $"{link}: {result.Outcome} {result.Message}");
            Assert.Contains(message, result.Message, StringComparison.Ordinal);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _links.Dispose();
        await _harness.DisposeAsync();
    }
}
