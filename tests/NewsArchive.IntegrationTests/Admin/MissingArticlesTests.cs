using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Admin;

/// <summary>Its own app: these tests take a file out of the seeds folder.</summary>
public sealed class MissingArticlesTests(AdminAppFactory factory) : IClassFixture<AdminAppFactory>
{
    [Fact]
    public async Task A_vanished_file_is_listed_as_missing_kept_and_removed_only_after_confirmation()
    {
        using var client = factory.CreateClient();
        (await client.SignInAsync(AdminAppFactory.Password)).Dispose();
        var gone = Directory.GetFiles(factory.SeedsPath).Order(StringComparer.Ordinal).First();
        File.Delete(gone);

        await client.SubmitOnAsync("/admin", "#reimport-form");
        await client.WaitForImportAsync();

        var admin = await client.GetDocumentAsync("/admin");
        var details = await client.GetDocumentAsync(admin.All("run")[0].QuerySelector("a")!.GetAttribute("href")! + "?outcome=Missing");
        Assert.Equal(Path.GetFileName(gone), Assert.Single(details.All("file-name")).TextContent.Trim());
        Assert.Equal(5, await CountArticlesAsync());

        var unconfirmed = await client.SubmitOnAsync("/admin/missing", "#remove-missing-form");
        Assert.Contains("Tick the box", unconfirmed.Text("remove-error"), StringComparison.Ordinal);
        Assert.Equal(5, await CountArticlesAsync());

        var gate = factory.Services.GetRequiredService<ImportGate>();
        Assert.True(gate.TryStart());
        var whileImporting = await client.SubmitOnAsync("/admin/missing", "#remove-missing-form", new Dictionary<string, string> { ["Confirm"] = "true" });
        gate.Finish();
        Assert.StartsWith("An import is running; nothing was removed", whileImporting.Text("status-message"), StringComparison.Ordinal);
        Assert.Equal(5, await CountArticlesAsync());

        var confirmed = await client.SubmitOnAsync("/admin/missing", "#remove-missing-form", new Dictionary<string, string> { ["Confirm"] = "true" });
        Assert.Equal("Removed 1 missing article.", confirmed.Text("status-message"));
        Assert.Equal("0 missing articles", confirmed.Text("missing-count"));
        Assert.Equal(4, await CountArticlesAsync());
        Assert.Equal(4, await CountIndexedAsync());
    }

    private async Task<int> CountArticlesAsync()
    {
        await using var db = factory.OpenDatabase();
        return await db.Articles.CountAsync();
    }

    private async Task<int> CountIndexedAsync()
    {
        await using var db = factory.OpenDatabase();
        return await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM ArticleSearch_docsize").SingleAsync();
    }
}
