using Microsoft.Playwright;

namespace NewsArchive.BrowserTests;

public sealed class SearchJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>, IDisposable
{
    private readonly LiveApp _app = new();

    [Fact]
    public async Task Search_narrow_with_the_histogram_open_an_article_and_come_back_to_the_same_results()
    {
        await SearchArchive.AddFloodArticlesAsync(_app);
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/");

        await page.Locator("#q").FillAsync("flood");
        await page.Locator("#q").PressAsync("Enter");
        await page.WaitForURLAsync("**/?q=flood**");
        Assert.Equal("5 results", (await page.Locator("[data-testid='result-count']").InnerTextAsync()).Trim());

        await page.Locator("[data-testid='histogram-bar']").Last.ClickAsync();
        await page.WaitForURLAsync("**from=2021-07-01&to=2021-07-31**");
        var titles = await page.Locator("[data-testid='result'] h3").AllInnerTextsAsync();
        Assert.Equal(["Bridge reopens after flood repairs", "Flood barrier tested"], titles.Order());
        var narrowedUrl = page.Url;

        await page.Locator("[data-testid='result'] h3 a").First.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        Assert.Equal("flood", (await page.Locator("[data-testid='article-body'] mark").First.InnerTextAsync()).ToLowerInvariant());

        await page.GoBackAsync();
        Assert.Equal(narrowedUrl, page.Url);
        Assert.Equal(titles, await page.Locator("[data-testid='result'] h3").AllInnerTextsAsync());
        Assert.Equal("2 results", (await page.Locator("[data-testid='result-count']").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_for_the_keyboard_and_the_search_box_is_reachable()
    {
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("document.activeElement.id") != "q"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    public void Dispose() => _app.Dispose();
}
