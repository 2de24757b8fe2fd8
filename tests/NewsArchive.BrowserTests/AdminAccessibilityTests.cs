using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using NewsArchive.Admin;
using NewsArchive.Data;

namespace NewsArchive.BrowserTests;

public sealed class AdminAccessibilityTests(BrowserSession session) : IClassFixture<BrowserSession>, IDisposable
{
    private const string Password = "accessibility password";

    private readonly LiveApp _app = new();

    [Fact]
    public async Task Admin_pages_have_no_axe_violations()
    {
        await using (var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions(_app.ConnectionString)))
        {
            await new AdminPasswordStore(db).SetAsync(Password);
        }
        var page = await session.Browser.NewPageAsync();
        await page.GotoAsync(_app.BaseUrl + "/admin/signin");
        var problems = await ViolationsAsync(page);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        foreach (var path in new[] { "/admin", "/admin/runs/1", "/admin/preview", "/admin/missing" })
        {
            await page.GotoAsync(_app.BaseUrl + path);
            problems.AddRange(await ViolationsAsync(page));
        }

        Assert.Empty(problems);
    }

    private static async Task<List<string>> ViolationsAsync(IPage page)
    {
        var results = await page.RunAxe();
        return results.Violations.Select(v => $"{page.Url}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
    }

    public void Dispose() => _app.Dispose();
}
