using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Web.Admin;

namespace NewsArchive.IntegrationTests.Admin;

/// <summary>The admin page tells the truth: a run with failed files says so, failures come first, counts are a table, the folder and size are named, re-import is confirmed.</summary>
public sealed class AdminPageTruthTests(AdminAppFactory factory) : IClassFixture<AdminAppFactory>
{
    [Fact]
    public async Task A_run_with_failed_files_says_completed_with_failures_and_lists_them_first()
    {
        using var client = factory.CreateClient();
        (await client.SignInAsync(AdminAppFactory.Password)).Dispose();
        await File.WriteAllBytesAsync(Path.Combine(factory.SeedsPath, "zz-binary.txt"), [0, 1, 2, 0, 0, 255, 0, 3]);

        await client.SubmitOnAsync("/admin", "#reimport-form", AdminSession.Confirmed);
        await client.WaitForImportAsync();

        var admin = await client.GetDocumentAsync("/admin");
        var latest = admin.All("run")[0];
        Assert.Equal("Completed with 1 failed file", latest.QuerySelector("[data-testid='run-status']")!.TextContent);
        Assert.Equal("status-warning", latest.QuerySelector("[data-testid='run-status']")!.ClassName);
        var details = await client.GetDocumentAsync(latest.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("Completed with 1 failed file", details.Text("summary-status"));
        Assert.Equal("Failed", details.All("file-outcome")[0].TextContent.Trim());
        Assert.Equal("added=0 updated=0 unchanged=5 failed=1 missing=0", details.CountsText());
        Assert.Equal(["Failed", "Missing (no longer in the folder)", "Added", "Updated", "Unchanged"],
            details.QuerySelectorAll("[data-testid='summary-counts'] tbody th").Select(t => t.TextContent));
        Assert.StartsWith("Failed (1)", details.QuerySelectorAll("[data-testid='outcome-filter'] a")[1].TextContent, StringComparison.Ordinal);
        File.Delete(Path.Combine(factory.SeedsPath, "zz-binary.txt"));
    }

    [Fact]
    public async Task The_page_names_the_folder_the_article_count_and_the_database_size()
    {
        using var client = factory.CreateClient();
        (await client.SignInAsync(AdminAppFactory.Password)).Dispose();

        var admin = await client.GetDocumentAsync("/admin");

        Assert.Equal(factory.SeedsPath, admin.Text("seeds-folder"));
        Assert.StartsWith("5", admin.Text("article-count"), StringComparison.Ordinal);
        Assert.Matches(@"^\d+(\.\d)? (KB|MB)$", admin.Text("database-size"));
    }

    [Fact]
    public async Task A_reimport_without_the_confirmation_tick_starts_nothing()
    {
        using var client = factory.CreateClient();
        (await client.SignInAsync(AdminAppFactory.Password)).Dispose();
        var runsBefore = await factory.CountRunsAsync();

        var page = await client.SubmitOnAsync("/admin", "#reimport-form");

        Assert.StartsWith("Nothing was started", page.Text("status-message"), StringComparison.Ordinal);
        Assert.Equal(runsBefore, await factory.CountRunsAsync());
        Assert.True((await client.GetDocumentAsync("/admin")).QuerySelector("[data-testid='reimport-confirm']")!.HasAttribute("required"));
    }

    [Fact]
    public async Task While_an_import_runs_both_buttons_are_disabled_and_the_running_run_shows_its_progress()
    {
        using var client = factory.CreateClient();
        (await client.SignInAsync(AdminAppFactory.Password)).Dispose();
        var gate = factory.Services.GetRequiredService<ImportGate>();
        Assert.True(gate.TryStart());
        try
        {
            var admin = await client.GetDocumentAsync("/admin");

            Assert.True(admin.QuerySelector("[data-testid='preview-button']")!.HasAttribute("disabled"));
            Assert.True(admin.QuerySelector("[data-testid='reimport-button']")!.HasAttribute("disabled"));
            Assert.NotNull(admin.QuerySelector("[data-testid='actions-disabled']"));
        }
        finally
        {
            gate.Finish();
        }
        Assert.False((await client.GetDocumentAsync("/admin")).QuerySelector("[data-testid='preview-button']")!.HasAttribute("disabled"));
    }

    [Fact]
    public async Task An_unknown_outcome_filter_says_so_instead_of_silently_showing_everything()
    {
        using var client = factory.CreateClient();
        (await client.SignInAsync(AdminAppFactory.Password)).Dispose();
        var link = (await client.GetDocumentAsync("/admin")).All("run")[0].QuerySelector("a")!.GetAttribute("href")!;

        var page = await client.GetDocumentAsync(link + "?outcome=banana");

        Assert.StartsWith("“banana” is not an outcome; showing all files.", page.Text("unknown-outcome"), StringComparison.Ordinal);
        Assert.Empty((await client.GetDocumentAsync(link + "?outcome=unchanged")).All("unknown-outcome"));
    }

    [Theory]
    [InlineData(0, 100, 10, null)]
    [InlineData(1, 100, 10, null)]
    [InlineData(50, 100, 2, null)]
    [InlineData(50, 100, 30, "less than a minute left")]
    [InlineData(25, 100, 60, "about 3 min left")]
    [InlineData(1000, 100_000, 60, null)]
    [InlineData(2500, 100_000, 150, "about 1.6 hours left")]
    public void Time_left_is_estimated_from_the_pace_so_far_once_there_is_one(int done, int total, int seconds, string? expected)
    {
        Assert.Equal(expected, ImportProgressView.Estimate(done, total, TimeSpan.FromSeconds(seconds)));
    }
}
