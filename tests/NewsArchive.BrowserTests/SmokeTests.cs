namespace NewsArchive.BrowserTests;

public sealed class SmokeTests(BrowserSession session) : IClassFixture<BrowserSession>, IDisposable
{
    private readonly LiveApp _app = new();

    [Fact]
    public async Task Home_page_renders_in_a_real_browser_with_the_seed_articles()
    {
        var page = await session.Browser.NewPageAsync();

        await page.GotoAsync(_app.BaseUrl + "/");

        // The five seeds are one story: one entry, the others behind its "and 4 more" line.
        Assert.Equal(1, await page.Locator("[data-testid='result']").CountAsync());
        Assert.StartsWith("and 4 more from ", (await page.Locator("[data-testid='story-more']").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, "smoke-home.png"), FullPage = true });
    }

    public void Dispose() => _app.Dispose();
}
