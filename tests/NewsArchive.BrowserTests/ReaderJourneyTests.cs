using Microsoft.Playwright;

namespace NewsArchive.BrowserTests;

/// <summary>A reader on a phone and a desktop: results first, filters in a disclosure, sorting by a link, the way back, the citation.</summary>
public sealed class ReaderJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>, IDisposable
{
    private readonly LiveApp _app = new();

    [Fact]
    public async Task On_a_phone_the_first_result_is_near_the_top_and_filters_open_from_a_disclosure()
    {
        await SearchArchive.AddFloodArticlesAsync(_app);
        await using var context = await session.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/?q=flood");

        var top = await page.Locator("[data-testid='result']").First.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.InRange(top, 0, 700);
        Assert.False(await page.Locator("#source").IsVisibleAsync());

        await page.Locator("[data-testid='filters'] summary").ClickAsync();
        await page.Locator("#source").SelectOptionAsync("Valley News");
        await page.Locator("#from").FillAsync("2019");
        await page.Locator("[data-testid='search-button']").ClickAsync();
        await page.WaitForURLAsync("**source=Valley+News**");
        Assert.Equal("2 results", (await page.Locator("[data-testid='result-count']").InnerTextAsync()).Trim());
        Assert.Equal(2, await page.Locator("[data-testid='filter-chip']").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "journey-phone-filtered.png"), FullPage = true });

        await page.Locator("[data-testid='sort-oldest']").ClickAsync();
        await page.WaitForURLAsync("**sort=oldest**");
        Assert.Equal(["1 June 2019", "4 July 2021"], (await page.Locator("[data-testid='result-date']").AllInnerTextsAsync()).Select(d => d.Trim()));
    }

    [Fact]
    public async Task From_an_article_the_reader_goes_back_to_the_same_results_and_can_copy_the_citation()
    {
        await SearchArchive.AddFloodArticlesAsync(_app);
        await using var context = await session.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/?q=flood&source=City%20Post&sort=newest");
        var results = page.Url;

        await page.Locator("[data-testid='result'] h3 a").First.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        Assert.Equal(1, await page.Locator("button.copy-button").CountAsync());
        await page.Locator("[data-testid='first-match-link']").ClickAsync();
        Assert.EndsWith("#first-match", page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "journey-article-1280.png"), FullPage = true });
        await page.Locator("[data-testid='back-to-results']").ClickAsync();

        Assert.Equal(results, page.Url);
    }

    [Fact]
    public async Task A_search_longer_than_the_box_allows_is_answered_with_a_page_not_a_bare_414()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_app.BaseUrl) };
        var cyrillic = string.Concat(Enumerable.Repeat("министр ", 230));

        using var response = await client.GetAsync(new Uri("/?q=" + Uri.EscapeDataString(cyrillic), UriKind.Relative));

        Assert.True(Uri.EscapeDataString(cyrillic).Length > 8 * 1024, "the request line is longer than Kestrel's default limit");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("only its first 500 characters were used", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
