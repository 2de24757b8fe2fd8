using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NewsArchive.BrowserTests;

/// <summary>axe-core on the four main pages, light and dark, at phone and desktop widths; a screenshot of each.</summary>
public sealed class AccessibilityTests(BrowserSession session) : IClassFixture<BrowserSession>, IDisposable
{
    private readonly LiveApp _app = new();

    public static TheoryData<string, int, ColorScheme> Views()
    {
        var data = new TheoryData<string, int, ColorScheme>();
        foreach (var name in new[] { "home", "results", "article", "no-results" })
        {
            data.Add(name, 390, ColorScheme.Light);
            data.Add(name, 1280, ColorScheme.Light);
            data.Add(name, 1280, ColorScheme.Dark);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Page_has_no_serious_or_critical_accessibility_violation(string name, int width, ColorScheme scheme)
    {
        await SearchArchive.AddFloodArticlesAsync(_app);
        await using var context = await session.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + await UrlOfAsync(name, page));

        var result = await page.RunAxe();

        var scheme_ = scheme == ColorScheme.Dark ? "-dark" : "";
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, $"{name}-{width}{scheme_}.png"), FullPage = true });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious));
    }

    private async Task<string> UrlOfAsync(string name, IPage page)
    {
        switch (name)
        {
            case "results":
                return "/?q=flood";
            case "no-results":
                return "/?q=flod&source=City%20Post";
            case "article":
                await page.GotoAsync(_app.BaseUrl + "/?q=flood");
                var href = await page.Locator("[data-testid='result'] h3 a").First.GetAttributeAsync("href");
                return href!;
            default:
                return "/";
        }
    }

    public void Dispose() => _app.Dispose();
}
