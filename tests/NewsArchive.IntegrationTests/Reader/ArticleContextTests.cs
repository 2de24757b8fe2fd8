using AngleSharp.Dom;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Reader;

/// <summary>The article page opened from a search: the way back, the marks (in the original too), the citation, the outlet's address.</summary>
public sealed class ArticleContextTests(ReaderArchiveFactory factory) : IClassFixture<ReaderArchiveFactory>
{
    private async Task<IDocument> GetAsync(string url) => await (await factory.ClientAsync()).GetDocumentAsync(url);

    private async Task<string> FirstResultLinkAsync(string results) =>
        (await GetAsync(results)).All("result")[0].QuerySelector("h3 a")!.GetAttribute("href")!;

    [Fact]
    public async Task An_article_opened_from_the_results_keeps_the_whole_search_and_leads_back_to_the_same_page()
    {
        const string results = "/?q=harbour&from=2021-01-01&source=Outlet%2004&sort=oldest";
        var link = await FirstResultLinkAsync(results);
        Assert.EndsWith("?q=harbour&from=2021-01-01&source=Outlet%2004&sort=oldest", link, StringComparison.Ordinal);

        var article = await GetAsync(link);

        Assert.Equal(results, article.QuerySelector("[data-testid='back-to-results']")!.GetAttribute("href"));
        Assert.Contains("for “harbour”", article.Text("back-to-results"), StringComparison.Ordinal);
        Assert.Contains("from=2021-01-01", article.QuerySelector("[data-testid='original-link']")!.GetAttribute("href")!, StringComparison.Ordinal);
        var neighbour = article.QuerySelector("[data-testid='older-article'], [data-testid='newer-article']")!.GetAttribute("href")!;
        Assert.Contains("q=harbour", neighbour, StringComparison.Ordinal);
        Assert.Equal("/?q=harbour&from=2021-01-01&source=Outlet%2004&sort=oldest", article.QuerySelector("[data-testid='article-source']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_article_and_not_found_pages_have_a_search_box_and_a_jump_to_the_first_match()
    {
        var article = await GetAsync(await FirstResultLinkAsync("/?q=storm"));

        Assert.NotNull(article.QuerySelector("[data-testid='header-search'] input[name='q']"));
        Assert.Equal("#first-match", article.QuerySelector("[data-testid='first-match-link']")!.GetAttribute("href"));
        Assert.NotNull(article.GetElementById("first-match")!.QuerySelector("mark"));
        var missing = await GetAsync("/articles/999999/nothing");
        Assert.Equal("Page not found", missing.Text("error-heading"));
        Assert.NotNull(missing.QuerySelector("[data-testid='header-search'] input[name='q']"));
        Assert.Equal("← Browse all articles", (await GetAsync(article.QuerySelector("[data-testid='permalink']")!.GetAttribute("href")!)).Text("back-to-results"));
    }

    [Fact]
    public async Task The_original_text_marks_the_words_the_search_matched()
    {
        var link = await FirstResultLinkAsync("/?q=title:%22harbour%20reopens%22");

        var original = await GetAsync(link + "&view=original");

        var marked = original.QuerySelectorAll("[data-testid='original-text'] mark").Select(m => m.TextContent).ToList();
        Assert.Contains("Harbour reopens", marked);
        var body = original.QuerySelectorAll("[data-testid='original-text'] li").Single(l => l.TextContent.StartsWith("The harbour reopened", StringComparison.Ordinal));
        Assert.Empty(body.QuerySelectorAll("mark")); // the phrase's first word alone is not the phrase
        Assert.Equal("first-match", original.QuerySelectorAll("[data-testid='original-text'] li").First(l => l.QuerySelector("mark") is not null).Id);
        Assert.Contains("marked here too", original.QuerySelector(".legend")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await GetAsync(link.Split('?')[0] + "?view=original")).QuerySelectorAll("[data-testid='original-text'] mark"));
    }

    [Fact]
    public async Task A_word_search_marks_every_form_the_index_matched_in_the_original()
    {
        var link = await FirstResultLinkAsync("/?q=storm");

        var original = await GetAsync(link + "&view=original");

        Assert.NotEmpty(original.QuerySelectorAll("[data-testid='original-text'] mark"));
        Assert.All(original.QuerySelectorAll("[data-testid='original-text'] mark"), m => Assert.Equal("storm", m.TextContent, ignoreCase: true));
    }

    [Fact]
    public async Task The_article_names_the_outlets_own_address_and_offers_a_citation_but_not_the_internal_file_name()
    {
        var article = await GetAsync(await FirstResultLinkAsync("/?q=title:%22harbour%20reopens%22"));

        Assert.Equal(ReaderArchiveFactory.PermalinkAddress, article.QuerySelector("[data-testid='original-url']")!.GetAttribute("href"));
        var citation = article.Text("citation");
        Assert.StartsWith("“Harbour reopens after storm.” Outlet 04, 1 March 2021. " + ReaderArchiveFactory.PermalinkAddress + ". NewsArchive, http://localhost/articles/", citation, StringComparison.Ordinal);
        Assert.Matches(@"Accessed \d{1,2} [A-Z][a-z]+ \d{4}\.$", citation);
        Assert.DoesNotContain("arranged/", article.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await GetAsync(await FirstResultLinkAsync("/?q=lighthouse%20lamp"))).All("original-url"));
    }
}
