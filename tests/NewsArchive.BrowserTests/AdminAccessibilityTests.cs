using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NewsArchive.Admin;
using NewsArchive.Data;

namespace NewsArchive.BrowserTests;

public sealed class AdminAccessibilityTests(BrowserSession session, ReadOnlyArchive archive) : IClassFixture<BrowserSession>, IClassFixture<ReadOnlyArchive>
{
    private const string Password = "accessibility password";

    /// <summary>Shared by the four cases: each sets the same password and signs in in a context of its own.</summary>
    private readonly LiveApp _app = archive.App;

    [Theory]
    [InlineData(390, ColorScheme.Light)]
    [InlineData(390, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task Admin_pages_have_no_axe_violations_and_no_sideways_scroll(int width, ColorScheme scheme)
    {
        await using (var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions(_app.ConnectionString)))
        {
            await new AdminPasswordStore(db).SetAsync(Password);
        }
        await using var context = await session.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/admin/signin");
        var problems = await ViolationsAsync(page);
        await ShotAsync(page, "signin", width, scheme);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        foreach (var path in new[] { "/admin", "/admin/runs/1", "/admin/runs/1?outcome=banana", "/admin/preview", "/admin/missing" })
        {
            await page.GotoAsync(_app.BaseUrl + path);
            problems.AddRange(await ViolationsAsync(page));
            if (await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth") is > 0 and var sideways)
            {
                problems.Add($"{path} is {sideways} px wider than the {width} px window");
            }
            await ShotAsync(page, path.Replace('/', '-').Replace('?', '-').Trim('-'), width, scheme);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task ShotAsync(IPage page, string name, int width, ColorScheme scheme) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, $"admin-page-{name}-{width}{(scheme == ColorScheme.Dark ? "-dark" : "")}.png"), FullPage = true });

    private static async Task<List<string>> ViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        return results.Violations.Select(v => $"{page.Url}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
    }
}
