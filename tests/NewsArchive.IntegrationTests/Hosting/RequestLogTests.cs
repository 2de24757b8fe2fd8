using Microsoft.Data.Sqlite;
using NewsArchive.Data;
using NewsArchive.IntegrationTests.Admin;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Hosting;

public sealed class RequestLogTests(AdminAppFactory factory) : IClassFixture<AdminAppFactory>
{
    [Fact]
    public async Task Each_request_is_one_event_with_route_status_elapsed_time_and_archive_generation()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/articles/1/whatever?probe=request-log", UriKind.Relative));

        var waited = System.Diagnostics.Stopwatch.StartNew();
        CapturedLogs.Entry? entry;
        while ((entry = factory.Logs.Entries.FirstOrDefault(e => e.Category == "Serilog.AspNetCore.RequestLoggingMiddleware"
            && e.Values.GetValueOrDefault("RequestPath") as string == "/articles/1/whatever")) is null && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }
        Assert.NotNull(entry);
        Assert.Equal("/articles/{id:int}/{slug?}", entry.Values["Route"]);
        Assert.Equal((int)response.StatusCode, entry.Values["StatusCode"]);
        Assert.Equal(301, entry.Values["StatusCode"]);
        Assert.IsType<double>(entry.Values["Elapsed"]);
        await using var connection = new SqliteConnection(factory.ConnectionString);
        await connection.OpenAsync();
        var generation = await ArchiveGeneration.ReadAsync(connection, default);
        Assert.NotEmpty(generation);
        Assert.Equal(generation, entry.Values["ArchiveGeneration"]);
        Assert.Single(factory.Logs.Entries, e => e.Category == "Serilog.AspNetCore.RequestLoggingMiddleware"
            && e.Values.GetValueOrDefault("RequestPath") as string == "/articles/1/whatever");
    }
}
