using System.Globalization;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.UnitTests.Parsing;

namespace NewsArchive.IntegrationTests.Admin;

/// <summary>Its own app: 450 files added to its seeds folder, imported, then taken away. Long admin lists are paged, 200 a page.</summary>
public sealed class AdminPagingTests(AdminAppFactory factory) : IClassFixture<AdminAppFactory>
{
    private const int Files = 450;

    [Fact]
    public async Task The_missing_list_and_a_runs_file_list_are_paged_200_at_a_time()
    {
        var bulk = Path.Combine(factory.SeedsPath, "bulk");
        Directory.CreateDirectory(bulk);
        for (var i = 0; i < Files; i++)
        {
            File.WriteAllText(Path.Combine(bulk, $"item-{i:D3}.txt"), SampleText.Article($"Bulletin number {i.ToString(CultureInfo.InvariantCulture)} on the harbour works"));
        }
        using var client = factory.CreateClient();
        (await client.SignInAsync(AdminAppFactory.Password)).Dispose();
        await client.WaitForImportAsync();
        Directory.Delete(bulk, recursive: true);

        await client.SubmitOnAsync("/admin", "#reimport-form", AdminSession.Confirmed);
        await client.WaitForImportAsync();

        var first = await client.GetDocumentAsync("/admin/missing");
        Assert.Equal($"{Files} missing articles", first.Text("missing-count"));
        Assert.Equal("Page 1 of 3", first.Text("missing-page"));
        Assert.Equal(200, first.All("missing-article").Count);
        var last = await client.GetDocumentAsync(first.QuerySelector("[data-testid='missing-next']")!.GetAttribute("href")!.Replace("page=2", "page=3", StringComparison.Ordinal));
        Assert.Equal("Page 3 of 3", last.Text("missing-page"));
        Assert.Equal(Files - 400, last.All("missing-article").Count);

        var run = (await client.GetDocumentAsync("/admin")).All("run")[0].QuerySelector("a")!.GetAttribute("href")!;
        var files = await client.GetDocumentAsync(run);
        Assert.Equal("Page 1 of 3", files.Text("files-page"));
        Assert.Equal(200, files.All("file-result").Count);
        var next = await client.GetDocumentAsync(files.QuerySelector("[data-testid='files-next']")!.GetAttribute("href")!);
        Assert.Equal("Page 2 of 3", next.Text("files-page"));
        Assert.Equal(200, next.All("file-result").Count);
    }
}
