using Microsoft.Playwright;
using NewsArchive.Admin;
using NewsArchive.Data;
using NewsArchive.IntegrationTests.Safety;

namespace NewsArchive.BrowserTests;

public sealed class AdminFlowTests(BrowserSession session) : IClassFixture<BrowserSession>, IDisposable
{
    private const string Password = "browser test password";
    private const int ExtraFiles = 1500;

    /// <summary>Generous: the machine is shared, and an import of the extra files can take a minute when it is busy.</summary>
    private const float Slow = 240_000;

    private readonly LiveApp _app = new();

    [Fact]
    public async Task Admin_signs_in_previews_reimports_watches_the_progress_and_reads_the_report()
    {
        await SetPasswordAsync();
        var page = await session.Browser.NewPageAsync();
        page.SetDefaultTimeout(Slow);
        page.SetDefaultNavigationTimeout(Slow);

        await page.GotoAsync(_app.BaseUrl + "/admin");
        Assert.EndsWith("/admin/signin?ReturnUrl=%2Fadmin", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Shot(page, "admin-1-signed-in");

        await page.GetByTestId("preview-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-message")).ToContainTextAsync("Preview started", new() { Timeout = Slow });
        // While the preview runs the page shows its progress and reloads itself when it has ended; a link clicked
        // just then would lose to that reload, so wait for it.
        await Assertions.Expect(page.GetByTestId("import-progress")).ToHaveCountAsync(0, new() { Timeout = Slow });
        await page.GetByRole(AriaRole.Link, new() { Name = "Latest preview" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("summary-counts"))
            .ToHaveTextAsync("added=0 updated=0 unchanged=5 failed=0 missing=0", new() { Timeout = Slow });
        await Shot(page, "admin-2-preview");

        GeneratedArticles.Write(_app.SeedsPath, 0, ExtraFiles);
        await page.GetByRole(AriaRole.Link, new() { Name = "Imports" }).ClickAsync();
        await page.GetByTestId("reimport-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-message")).ToHaveTextAsync("Re-import started.", new() { Timeout = Slow });
        await WatchProgressWithoutReloadAsync(page);

        var latest = page.GetByTestId("run").First;
        await Assertions.Expect(latest.GetByTestId("run-status")).ToHaveTextAsync("Succeeded", new() { Timeout = Slow });
        Assert.Equal(ExtraFiles.ToString(System.Globalization.CultureInfo.InvariantCulture), await latest.GetByTestId("run-added").InnerTextAsync());
        Assert.Equal("5", await latest.GetByTestId("run-unchanged").InnerTextAsync());
        await Shot(page, "admin-4-runs");
        await latest.GetByTestId("run-link").ClickAsync();
        await page.GetByTestId("filter-unchanged").ClickAsync();
        await Assertions.Expect(page.GetByTestId("file-result")).ToHaveCountAsync(5, new() { Timeout = Slow });
        await Shot(page, "admin-5-run-report");
    }

    /// <summary>The page's script fills in the counts while the import runs, then reloads once it has ended.</summary>
    private static async Task WatchProgressWithoutReloadAsync(IPage page)
    {
        await Assertions.Expect(page.GetByTestId("import-progress")).ToBeVisibleAsync(new() { Timeout = Slow });
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        var first = int.Parse(await page.GetByTestId("progress-done").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await page.WaitForFunctionAsync(
            $"() => window.stillTheSamePage && Number(document.querySelector('[data-testid=progress-done]').textContent) > {first}",
            null, new() { Timeout = Slow });
        await Shot(page, "admin-3-progress");
        await page.WaitForFunctionAsync("() => !window.stillTheSamePage && !document.getElementById('import-progress')", null, new() { Timeout = Slow });
    }

    private async Task SetPasswordAsync()
    {
        // What `set-password` does: the app reads the stored hash at each sign-in.
        await using var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions(_app.ConnectionString));
        await new AdminPasswordStore(db).SetAsync(Password);
    }

    private static async Task Shot(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotFolder, name + ".png"), FullPage = true });

    public void Dispose() => _app.Dispose();
}
