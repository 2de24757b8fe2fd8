using NewsArchive.Data;
using NewsArchive.IntegrationTests.Importing;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Admin;

/// <summary>Its own app: this test adds symbolic links to the seeds folder. The admin's run report shows each link's result.</summary>
public sealed class SymlinkReportTests(AdminAppFactory factory) : IClassFixture<AdminAppFactory>
{
    [Fact]
    public async Task The_run_page_lists_every_symbolic_link_with_what_was_done()
    {
        using var links = new SymlinkFolder(factory.SeedsPath);
        using var client = factory.CreateClient();
        (await client.SignInAsync(AdminAppFactory.Password)).Dispose();

        await client.SubmitOnAsync("/admin", "#reimport-form", AdminSession.Confirmed);
        await client.WaitForImportAsync();

        var latest = (await client.GetDocumentAsync("/admin")).All("run")[0];
        var details = await client.GetDocumentAsync(latest.QuerySelector("a")!.GetAttribute("href")!);
        var rows = details.All("file-result").ToDictionary(
            r => r.QuerySelector("[data-testid='file-name']")!.TextContent.Trim(),
            r => (Outcome: r.GetAttribute("data-outcome"), Message: r.QuerySelector("[data-testid='file-message']")!.TextContent),
            StringComparer.Ordinal);
        Assert.Equal(5 + links.EntryCount, rows.Count);
        foreach (var (link, (outcome, message)) in links.Expected)
        {
            // The app's first-start import already took the links in (they are made before it starts): followed ones are unchanged now.
            Assert.Equal((outcome == ImportOutcome.Added ? ImportOutcome.Unchanged : outcome).ToString(), rows[link].Outcome);
            Assert.Contains(message, rows[link].Message, StringComparison.Ordinal);
        }
    }
}
