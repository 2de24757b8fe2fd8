using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Admin;

/// <summary>What an admin does over HTTP: sign in, press a button on a page, wait for the import to end.</summary>
public static class AdminSession
{
    public sealed record Progress(bool Running, bool DryRun, int Done, int Total, string? CurrentFile, int Unchanged);

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string password)
    {
        var page = await client.GetDocumentAsync("/admin/signin");
        return await client.SubmitAsync(page.Form("#signin-form"), new Dictionary<string, string> { ["Password"] = password });
    }

    /// <summary>Opens <paramref name="url"/>, submits the form <paramref name="form"/> and returns the page it ends on.</summary>
    public static async Task<IHtmlDocument> SubmitOnAsync(this HttpClient client, string url, string form, IDictionary<string, string>? values = null)
    {
        var page = await client.GetDocumentAsync(url);
        using var response = await client.SubmitAsync(page.Form(form), values);
        return await Html.ParseAsync(response);
    }

    /// <summary>Polls <c>/admin/progress</c> until no import runs.</summary>
    public static async Task WaitForImportAsync(this HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await client.GetFromJsonAsync<Progress>(new Uri("/admin/progress", UriKind.Relative)))!.Running)
        {
            Assert.True(DateTime.UtcNow < deadline, "The import did not end within a minute.");
            await Task.Delay(50);
        }
    }

    public static ArchiveDbContext OpenDatabase(this ArchiveAppFactory factory) =>
        new(DataServiceCollectionExtensions.CreateOptions(factory.ConnectionString));

    public static async Task<int> CountRunsAsync(this ArchiveAppFactory factory)
    {
        await using var db = factory.OpenDatabase();
        return await db.ImportRuns.CountAsync();
    }
}
