using System.Net;
using AngleSharp.Dom;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Search;

public sealed class ArticlePageTests(SyntheticArchiveFactory factory) : IClassFixture<SyntheticArchiveFactory>
{
    private async Task<IDocument> GetAsync(string url) => await (await factory.ClientAsync()).GetDocumentAsync(url);

    private async Task<string> LinkToAsync(string title, string query = "")
    {
        var page = await GetAsync("/?q=" + Uri.EscapeDataString(query.Length > 0 ? query : title));
        return page.All("result").Select(r => r.QuerySelector("h3 a")!).First(a => a.TextContent.Trim() == title).GetAttribute("href")!;
    }

    [Fact]
    public async Task Reached_from_a_search_the_article_highlights_the_search_terms()
    {
        var link = await LinkToAsync("Flood waters rise in the valley", "floods valley");

        var article = await GetAsync(link);

        Assert.Contains("q=floods%20valley", link, StringComparison.Ordinal);
        var marks = article.QuerySelectorAll("[data-testid='article-body'] mark, [data-testid='article-title'] mark").Select(m => m.TextContent.ToLowerInvariant()).ToList();
        Assert.Equal(["flood", "valley", "flood", "valley"], marks);
        Assert.Equal("Flood waters rise in the valley", article.Text("article-title"));
    }

    [Fact]
    public async Task Without_a_search_nothing_is_highlighted()
    {
        var link = await LinkToAsync("Flood waters rise in the valley", "flood");

        var article = await GetAsync(link.Split('?')[0]);

        Assert.Empty(article.QuerySelectorAll("mark"));
    }

    [Fact]
    public async Task Markup_in_the_article_stays_text_when_highlighted()
    {
        var article = await GetAsync(await LinkToAsync("Markup <b>in</b> a title & more", "script"));

        Assert.Empty(article.QuerySelectorAll("[data-testid='article'] script, [data-testid='article'] b, [data-testid='article'] i"));
        Assert.Contains("<script>alert('x')</script>", article.Text("article-body"), StringComparison.Ordinal);
        Assert.Equal("script", article.QuerySelector("[data-testid='article-body'] mark")!.TextContent);
    }

    [Theory]
    [InlineData("Budget vote delayed", "from the file header")]
    [InlineData("Harvest festival returns", "from the text")]
    [InlineData("Undated flood memories", "undated")]
    public async Task The_article_says_where_its_date_came_from(string title, string origin)
    {
        var article = await GetAsync(await LinkToAsync(title));

        Assert.Equal($"Date: {origin}", article.Text("date-source"));
    }

    [Fact]
    public async Task Previous_and_next_follow_the_publication_dates()
    {
        var article = await GetAsync(await LinkToAsync("Budget vote delayed"));

        Assert.Contains("Flood waters rise in the valley", article.Text("older-article"), StringComparison.Ordinal);
        Assert.Contains("Harvest festival returns", article.Text("newer-article"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_original_text_marks_the_removed_lines_as_removed()
    {
        var article = await GetAsync(await LinkToAsync("Museum opens new wing"));

        var original = await GetAsync(article.QuerySelector("[data-testid='original-link']")!.GetAttribute("href")!);

        var removed = original.All("removed-line");
        Assert.Equal(["Removed: Menu | Home | Sport", "Removed: Related stories: Nigerien farmers"], removed.Select(r => r.TextContent.Trim()));
        Assert.All(removed, r => Assert.NotNull(r.QuerySelector("del")));
        Assert.Contains(original.All("kept-line"), l => l.TextContent == "The museum opened a new wing.");
        Assert.Contains("removed", original.QuerySelector(".legend")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_with_a_stale_slug_redirects_and_keeps_the_search()
    {
        var link = await LinkToAsync("Budget vote delayed", "budget");
        var id = link.Split('/')[2];
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri($"/articles/{id}/old-slug?q=budget", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(link, response.Headers.Location!.OriginalString);
    }
}
