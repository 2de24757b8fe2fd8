using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Admin;

public sealed class ReimportTests : IClassFixture<AdminAppFactory>, IAsyncLifetime
{
    private readonly AdminAppFactory _factory;
    private readonly HttpClient _client;

    public ReimportTests(AdminAppFactory factory)
    {
        _factory = factory;
        _client = factory.CreateClient();
    }

    public async Task InitializeAsync() => (await _client.SignInAsync(AdminAppFactory.Password)).Dispose();

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Preview_reports_five_unchanged_seeds_and_writes_nothing()
    {
        var runsBefore = await _factory.CountRunsAsync();

        var started = await _client.SubmitOnAsync("/admin", "#preview-form");
        await _client.WaitForImportAsync();

        Assert.StartsWith("Preview started", started.Text("status-message"), StringComparison.Ordinal);
        var preview = await _client.GetDocumentAsync("/admin/preview");
        Assert.Equal("added=0 updated=0 unchanged=5 failed=0 missing=0", preview.Text("summary-counts"));
        Assert.Equal(5, preview.All("file-result").Count(r => r.GetAttribute("data-outcome") == "Unchanged"));
        Assert.Equal(runsBefore, await _factory.CountRunsAsync());
    }

    [Fact]
    public async Task Reimport_runs_in_the_background_and_records_a_run_with_per_file_results()
    {
        var started = await _client.SubmitOnAsync("/admin", "#reimport-form");
        await _client.WaitForImportAsync();

        Assert.Equal("Re-import started.", started.Text("status-message"));
        var admin = await _client.GetDocumentAsync("/admin");
        var latest = admin.All("run")[0];
        Assert.Equal("Admin", latest.QuerySelector("[data-testid='run-trigger']")!.TextContent);
        Assert.Equal("admin", latest.QuerySelector("[data-testid='run-by']")!.TextContent);
        Assert.Equal("Succeeded", latest.QuerySelector("[data-testid='run-status']")!.TextContent);
        Assert.Equal("5", latest.QuerySelector("[data-testid='run-unchanged']")!.TextContent);
        var details = await _client.GetDocumentAsync(latest.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("added=0 updated=0 unchanged=5 failed=0 missing=0", details.Text("summary-counts"));
        Assert.Equal(Enumerable.Repeat("Unchanged", 5), details.All("file-outcome").Select(o => o.TextContent.Trim()));
        var runId = int.Parse(latest.GetAttribute("data-run-id")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(_factory.Logs.Entries, e => e.Message.StartsWith(
            $"Import {runId} started by admin (dry run False) ended Succeeded with added=0 updated=0 unchanged=5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reimport_ignores_any_folder_named_in_the_request()
    {
        using var elsewhere = new TempFolder();
        File.WriteAllText(elsewhere.Combine("planted.txt"), " date 2021-01-01\nPlanted\n\nThis file must never be imported.\n");
        var fields = new Dictionary<string, string> { ["Folder"] = elsewhere.Path, ["SeedsPath"] = elsewhere.Path, ["Archive:SeedsPath"] = elsewhere.Path };

        await _client.SubmitOnAsync("/admin?folder=" + Uri.EscapeDataString(elsewhere.Path), "#reimport-form", fields);
        await _client.WaitForImportAsync();

        var latest = (await _client.GetDocumentAsync("/admin")).All("run")[0];
        Assert.Equal("5", latest.QuerySelector("[data-testid='run-total']")!.TextContent);
        Assert.Equal("0", latest.QuerySelector("[data-testid='run-added']")!.TextContent);
    }

    [Theory]
    [InlineData("Unchanged", 5)]
    [InlineData("Added", 0)]
    [InlineData("Failed", 0)]
    [InlineData("banana", 5)]
    public async Task Run_results_filter_by_outcome(string outcome, int expected)
    {
        await _client.SubmitOnAsync("/admin", "#reimport-form");
        await _client.WaitForImportAsync();
        var admin = await _client.GetDocumentAsync("/admin");
        var link = admin.All("run")[0].QuerySelector("a")!.GetAttribute("href")!;

        var filtered = await _client.GetDocumentAsync($"{link}?outcome={outcome}");

        Assert.Equal(expected, filtered.All("file-result").Count);
    }

    [Fact]
    public async Task A_second_import_while_one_runs_is_refused_and_starts_nothing()
    {
        var gate = _factory.Services.GetRequiredService<ImportGate>();
        Assert.True(gate.TryStart());
        try
        {
            var runsBefore = await _factory.CountRunsAsync();

            var refused = await _client.SubmitOnAsync("/admin", "#reimport-form");

            Assert.StartsWith("An import is already running", refused.Text("status-message"), StringComparison.Ordinal);
            await Task.Delay(300);
            Assert.Equal(runsBefore, await _factory.CountRunsAsync());
            Assert.True(gate.IsRunning);
        }
        finally
        {
            gate.Finish();
        }
    }

    [Fact]
    public async Task Progress_is_json_that_says_whether_an_import_runs()
    {
        var gate = _factory.Services.GetRequiredService<ImportGate>();
        Assert.True(gate.TryStart());
        gate.Report(new ImportProgress(7, 2, 5, "002_x.txt", 1, 0, 1, 0, 0));
        try
        {
            var running = await _client.GetFromJsonAsync<AdminSession.Progress>(new Uri("/admin/progress", UriKind.Relative));
            var page = await _client.GetDocumentAsync("/admin");

            Assert.Equal(new AdminSession.Progress(true, false, 2, 5, "002_x.txt", 1), running);
            Assert.Equal("002_x.txt", page.Text("progress-file"));
            Assert.Equal("2", page.Text("progress-done"));
            Assert.NotNull(page.QuerySelector("noscript meta[http-equiv='refresh']"));
        }
        finally
        {
            gate.Finish();
        }
        Assert.False((await _client.GetFromJsonAsync<AdminSession.Progress>(new Uri("/admin/progress", UriKind.Relative)))!.Running);
    }

    [Fact]
    public async Task Unknown_run_returns_404()
    {
        using var response = await _client.GetAsync(new Uri("/admin/runs/98765", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
