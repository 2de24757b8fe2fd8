using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Admin;

/// <summary>
/// Its own app: a re-import refused because another importer holds the archive's import lease (taken here on a
/// connection of its own, as the CLI takes it) is shown on the admin page, with who holds it and since when.
/// </summary>
public sealed class LeaseRefusalTests(AdminAppFactory factory) : IClassFixture<AdminAppFactory>
{
    [Fact]
    public async Task A_reimport_refused_by_another_importers_lease_is_shown_to_the_admin_until_an_import_runs()
    {
        using var client = factory.CreateClient();
        (await client.SignInAsync(AdminAppFactory.Password)).Dispose();
        await client.WaitForImportAsync();
        var runsBefore = await factory.CountRunsAsync();
        var before = DateTime.UtcNow;
        var (lease, _) = await ImportLease.TryAcquireAsync(factory.ConnectionString, TimeProvider.System, "cli-user", CancellationToken.None);
        Assert.NotNull(lease);
        var after = DateTime.UtcNow;

        await client.SubmitOnAsync("/admin", "#reimport-form", AdminSession.Confirmed);
        await client.WaitForImportAsync();
        var refused = (await client.GetDocumentAsync("/admin")).Text("import-not-started");

        Assert.StartsWith("The re-import asked for by admin at ", refused, StringComparison.Ordinal);
        var holder = $" UTC was not started: An import is already running into this archive in process {Environment.ProcessId} on {Environment.MachineName}, started by cli-user at ";
        Assert.True(refused.Contains($"{holder}{before:yyyy-MM-dd HH:mm}", StringComparison.Ordinal) || refused.Contains($"{holder}{after:yyyy-MM-dd HH:mm}", StringComparison.Ordinal), refused);
        Assert.EndsWith("; nothing was started.", refused, StringComparison.Ordinal);
        Assert.Equal(runsBefore, await factory.CountRunsAsync());

        await lease!.DisposeAsync();
        await client.SubmitOnAsync("/admin", "#reimport-form", AdminSession.Confirmed);
        await client.WaitForImportAsync();
        var admin = await client.GetDocumentAsync("/admin");

        Assert.Empty(admin.All("import-not-started"));
        Assert.Equal("Completed", admin.All("run")[0].QuerySelector("[data-testid='run-status']")!.TextContent);
    }
}
