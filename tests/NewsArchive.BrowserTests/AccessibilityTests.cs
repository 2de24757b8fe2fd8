using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NewsArchive.BrowserTests;

/// <summary>
/// axe-core on every public page (results, article, original text, no results, sources, not found), light and dark,
/// at phone and desktop widths; a screenshot of each; nothing scrolls sideways on a phone.
/// </summary>
public sealed class AccessibilityTests(BrowserSession session, ReadOnlyArchive archive) : IClassFixture<BrowserSession>, IClassFixture<ReadOnlyArchive>
{
    private readonly LiveApp _app = archive.App;

    public static TheoryData<string, int, ColorScheme> Views()
    {
        var data = new TheoryData<string, int, ColorScheme>();
        foreach (var name in new[] { "home", "results", "filtered", "article", "original", "no-results", "sources", "not-found" })
        {
            data.Add(name, 390, ColorScheme.Light);
            data.Add(name, 390, ColorScheme.Dark);
            data.Add(name, 1280, ColorScheme.Light);
            data.Add(name, 1280, ColorScheme.Dark);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Page_has_no_serious_or_critical_accessibility_violation(string name, int width, ColorScheme scheme)
    {
        await using var context = await session.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + await UrlOfAsync(name, page));

        var result = await page.RunAxe();
        var sideways = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");

        var scheme_ = scheme == ColorScheme.Dark ? "-dark" : "";
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, $"{name}-{width}{scheme_}.png"), FullPage = true });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(serious.Count == 0, string.Join('\n', serious));
        Assert.True(sideways <= 0, $"The page is {sideways} px wider than the {width} px window.");
    }

    private async Task<string> UrlOfAsync(string name, IPage page)
    {
        switch (name)
        {
            case "results":
                return "/?q=flood";
            case "no-results":
                return "/?q=flod&source=City%20Post";
            case "filtered":
                return "/?q=flood&from=2019&to=2021&source=valley%20news&sort=oldest&pageSize=10";
            case "sources":
                return "/sources?q=flood";
            case "not-found":
                return "/articles/999999/no-such-article";
            case "article":
                await page.GotoAsync(_app.BaseUrl + "/?q=flood");
                var href = await page.Locator("[data-testid='result'] h3 a").First.GetAttributeAsync("href");
                return href!;
            case "original":
                await page.GotoAsync(_app.BaseUrl + "/?q=" + Uri.EscapeDataString("\"Video Talks with Biden\""));
                return await page.Locator("[data-testid='result'] h3 a").First.GetAttributeAsync("href") + "&view=original";
            default:
                return "/";
        }
    }
}
