using System.Net;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Web;

public sealed class BrowseTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Home_lists_the_five_seed_articles_newest_first_with_undated_last()
    {
        // Every article (browsing groups the five, one story, into one entry otherwise: BrowseStoryTests).
        var page = await _client.GetDocumentAsync("/?collapse=none");

        var dates = page.All("result").Select(r => r.QuerySelector("[data-testid='result-date']")!.TextContent.Trim()).ToList();

        Assert.Equal(["23 March 2021", "22 March 2021", "19 March 2021", "Undated", "Undated"], dates);
    }

    [Fact]
    public async Task Article_page_shows_title_date_source_and_body_without_boilerplate()
    {
        var home = await _client.GetDocumentAsync("/");
        var link = home.All("result")[0].QuerySelector("a")!.GetAttribute("href")!;

        var article = await _client.GetDocumentAsync(link);

        Assert.Equal("Russia: US Has Rejected Putin’s Proposal for Video Talks with Biden", article.Text("article-title"));
        Assert.Equal("Islam Times", article.Text("article-source"));
        var body = article.Text("article-body");
        Assert.StartsWith("“We can report with regret", body, StringComparison.Ordinal);
        Assert.EndsWith("as soon as Friday or Monday.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Story Code", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Featured Stories", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Nigerien", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_article_returns_404_with_a_helpful_page()
    {
        using var response = await _client.GetAsync(new Uri("/articles/987654", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await Html.ParseAsync(response)).Text("error-heading"));
    }

    [Fact]
    public async Task Article_address_without_its_slug_redirects_to_the_canonical_one()
    {
        var home = await _client.GetDocumentAsync("/");
        var link = home.All("result")[0].QuerySelector("a")!.GetAttribute("href")!;
        var id = link.Split('/')[2];
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri($"/articles/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(link, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Health_reports_healthy()
    {
        using var response = await _client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/?page=-3")]
    [InlineData("/?page=banana")]
    [InlineData("/?page=99999999999")]
    public async Task Bad_page_numbers_still_give_a_page(string url)
    {
        using var response = await _client.GetAsync(new Uri(url + "&collapse=none", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, (await Html.ParseAsync(response)).All("result").Count);
    }
}
