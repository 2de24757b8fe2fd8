using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Admin;

/// <summary>Its own app: this test removes the seeds folder.</summary>
public sealed class FailedImportReportTests(AdminAppFactory factory) : IClassFixture<AdminAppFactory>
{
    [Fact]
    public async Task A_failed_reimport_is_listed_with_its_reason_and_deletes_nothing()
    {
        using var client = factory.CreateClient();
        (await client.SignInAsync(AdminAppFactory.Password)).Dispose();
        Directory.Delete(factory.SeedsPath, recursive: true);

        await client.SubmitOnAsync("/admin", "#reimport-form", AdminSession.Confirmed);
        await client.WaitForImportAsync();

        var latest = (await client.GetDocumentAsync("/admin")).All("run")[0];
        Assert.Equal("Failed", latest.QuerySelector("[data-testid='run-status']")!.TextContent);
        Assert.Equal($"The seeds folder '{factory.SeedsPath}' does not exist.", latest.QuerySelector("[data-testid='run-message']")!.TextContent);
        Assert.Equal(5, (await client.GetDocumentAsync("/?collapse=none")).All("result").Count);
    }
}
