using Microsoft.Playwright;
using NewsArchive.Admin;
using NewsArchive.Data;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.IntegrationTests.Safety;
using NewsArchive.Parsing;

namespace NewsArchive.BrowserTests;

public sealed class AdminFlowTests : IClassFixture<BrowserSession>, IDisposable
{
    private const string Password = "browser test password";
    private const int ExtraFiles = 1500;

    /// <summary>Generous: the machine is shared, and an import of the extra files can take a minute when it is busy.</summary>
    private const float Slow = 240_000;

    /// <summary>The extra file the importer reaches last (files go in name order, a batch of 1,000 at a time).</summary>
    private static readonly string s_lastFile = $"gen_{ExtraFiles - 1:D6}.txt";

    private readonly BrowserSession _session;
    private readonly LiveApp _app;

    public AdminFlowTests(BrowserSession session)
    {
        _session = session;
        _app = new LiveApp(services => services.AddSingleton<IArticleParser>(sp => new HeldParser(sp.GetRequiredService<ArticleTextParser>())));
    }

    private HeldParser Parser => (HeldParser)_app.Services.GetRequiredService<IArticleParser>();

    [Fact]
    public async Task Admin_signs_in_previews_reimports_watches_the_progress_and_reads_the_report()
    {
        await SetPasswordAsync();
        var page = await _session.Browser.NewPageAsync();
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
        await Assertions.Expect(page.GetByTestId("count-unchanged").GetByTestId("count-value")).ToHaveTextAsync("5", new() { Timeout = Slow });
        Assert.Equal(["0", "0", "0", "0", "5"], (await page.GetByTestId("count-value").AllInnerTextsAsync()).Select(t => t.Trim()));
        await Shot(page, "admin-2-preview");

        GeneratedArticles.Write(_app.SeedsPath, 0, ExtraFiles);
        // Held at the start: no batch is loaded, so the page opens on 0 files done.
        Parser.Hold(name => name.StartsWith("gen_", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Link, new() { Name = "Imports" }).ClickAsync();
        await page.GetByTestId("reimport-confirm").CheckAsync();
        await page.GetByTestId("reimport-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("status-message")).ToHaveTextAsync("Re-import started.", new() { Timeout = Slow });
        await WatchProgressWithoutReloadAsync(page, Parser);

        var latest = page.GetByTestId("run").First;
        await Assertions.Expect(latest.GetByTestId("run-status")).ToHaveTextAsync("Completed", new() { Timeout = Slow });
        Assert.Equal(ExtraFiles.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), await latest.GetByTestId("run-added").InnerTextAsync());
        Assert.Equal("5", await latest.GetByTestId("run-unchanged").InnerTextAsync());
        await Shot(page, "admin-4-runs");
        await latest.GetByTestId("run-link").ClickAsync();
        await page.GetByTestId("filter-unchanged").ClickAsync();
        await Assertions.Expect(page.GetByTestId("file-result")).ToHaveCountAsync(5, new() { Timeout = Slow });
        await Shot(page, "admin-5-run-report");
    }

    /// <summary>
    /// The page's script fills in the counts while the import runs, then reloads once it has ended. The import is
    /// held so that each step is seen: first before any file is done, then with the first batch done and the last
    /// file waiting, then let go.
    /// </summary>
    private static async Task WatchProgressWithoutReloadAsync(IPage page, HeldParser parser)
    {
        await Assertions.Expect(page.GetByTestId("import-progress")).ToBeVisibleAsync(new() { Timeout = Slow });
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        Assert.Equal("0", (await page.GetByTestId("progress-done").InnerTextAsync()).Trim());
        parser.Hold(name => name == s_lastFile);
        await page.WaitForFunctionAsync(
            "() => window.stillTheSamePage && Number(document.querySelector('[data-testid=progress-done]').textContent) > 0",
            null, new() { Timeout = Slow });
        await Shot(page, "admin-3-progress");
        parser.ReleaseAll();
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

    public void Dispose()
    {
        Parser.ReleaseAll();
        _app.Dispose();
    }
}
