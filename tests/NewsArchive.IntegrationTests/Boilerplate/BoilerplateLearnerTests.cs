using Microsoft.EntityFrameworkCore;
using NewsArchive.Boilerplate;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Boilerplate;

public sealed class BoilerplateLearnerTests : IAsyncDisposable
{
    private const string Menu = "Home Politics Economy Culture Weather";
    private const string Footer = "Copyright Example Gazette Group";
    private const string Syndicated =
        "The agency said in a statement on Monday that the talks between the two governments would resume next week in Geneva, after a pause of several months.";

    private static readonly string[] s_topics = ["the harbour", "the railway", "the library", "the stadium", "the museum", "the hospital"];

    private readonly ImportHarness _harness = new();

    [Fact]
    public async Task Lines_recurring_across_many_files_are_learned_and_removed_from_every_body()
    {
        for (var i = 0; i < s_topics.Length; i++)
        {
            _harness.Write($"{i}.txt", Page($"City approves plan for {s_topics[i]}", s_topics[i]));
        }

        var run = await _harness.ImportAsync();

        Assert.Equal(s_topics.Length, run.Added);
        await using var db = _harness.OpenDb();
        var learned = await db.BoilerplateLines.Select(b => b.Text).ToListAsync();
        Assert.Contains(Menu, learned);
        Assert.Contains(Footer, learned);
        Assert.DoesNotContain(Syndicated, learned);
        foreach (var body in await db.Articles.Select(a => a.Body).ToListAsync())
        {
            Assert.DoesNotContain(Menu, body, StringComparison.Ordinal);
            Assert.DoesNotContain(Footer, body, StringComparison.Ordinal);
            Assert.Contains(Syndicated, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_file_imported_later_is_parsed_with_what_the_archive_learned()
    {
        for (var i = 0; i < s_topics.Length; i++)
        {
            _harness.Write($"{i}.txt", Page($"City approves plan for {s_topics[i]}", s_topics[i]));
        }
        await _harness.ImportAsync();

        _harness.Write("late.txt", Page("City approves plan for the zoo", "the zoo"));
        var run = await _harness.ImportAsync();

        Assert.Equal(1, run.Added);
        await using var db = _harness.OpenDb();
        var late = await db.Articles.SingleAsync(a => a.SourceFile == "late.txt");
        Assert.DoesNotContain(Menu, late.Body, StringComparison.Ordinal);
        Assert.Contains("the zoo", late.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_few_files_teach_nothing()
    {
        for (var i = 0; i < BoilerplateLearner.MinFiles - 1; i++)
        {
            _harness.Write($"{i}.txt", Page($"City approves plan for {s_topics[i]}", s_topics[i]));
        }

        await _harness.ImportAsync();

        await using var db = _harness.OpenDb();
        Assert.Empty(await db.BoilerplateLines.ToListAsync());
    }

    private static string Page(string headline, string topic) =>
        $"{Menu}\n\n{headline}\n\n{SampleArticles.Paragraphs(topic)}\n{Syndicated}\n\n{Footer}\n";

    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
