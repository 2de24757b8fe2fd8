using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Web;

public sealed class EscapingTests(EscapingTests.HostileSeedsFactory factory) : IClassFixture<EscapingTests.HostileSeedsFactory>
{
    private const string Hostile = "The minister said <script>alert('pwned')</script> and <b>bold</b> words & more were published in the statement today.";

    [Fact]
    public async Task Script_inside_article_text_is_shown_as_text_not_run()
    {
        var client = factory.CreateClient();
        var home = await client.GetDocumentAsync("/");
        var link = home.All("result").Select(r => r.QuerySelector("a")!).Single(a => a.TextContent.Contains("Hostile", StringComparison.Ordinal));

        var article = await client.GetDocumentAsync(link.GetAttribute("href")!);

        Assert.Empty(article.QuerySelectorAll("[data-testid='article-body'] script"));
        Assert.Empty(article.QuerySelectorAll("[data-testid='article-body'] b"));
        Assert.Contains("<script>alert('pwned')</script>", article.Text("article-body"), StringComparison.Ordinal);
    }

    public sealed class HostileSeedsFactory : ArchiveAppFactory
    {
        public HostileSeedsFactory()
        {
            var text = $" date 2024-05-01\n\nHostile markup in an article\n\n{Hostile}\n\n{SampleArticles.Paragraphs("the markup")}";
            File.WriteAllText(Path.Combine(SeedsPath, "hostile.txt"), text);
        }
    }
}
