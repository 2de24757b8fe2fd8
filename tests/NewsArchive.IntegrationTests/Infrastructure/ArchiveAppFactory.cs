using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsArchive.Importing;

namespace NewsArchive.IntegrationTests.Infrastructure;

/// <summary>
/// The real web app over HTTP, with its own SQLite file in a private folder and its own copy of the seeds
/// (imported at start, as on a first run; the factory waits for that import, which runs in the background, so
/// tests see the seeded archive). One per test class.
/// </summary>
public class ArchiveAppFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _folder = new();

    public ArchiveAppFactory()
    {
        SeedsPath = _folder.CopySeeds();
        DatabasePath = _folder.Combine("archive.db");
    }

    public string SeedsPath { get; }

    public string DatabasePath { get; }

    public string ConnectionString => $"Data Source={DatabasePath}";

    /// <summary>Whether creating the server waits for the first-start import to end.</summary>
    protected virtual bool WaitsForFirstImport => true;

    /// <summary>Extra settings a test class wants (set before the first client is created).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Archive", ConnectionString);
        builder.UseSetting("Archive:SeedsPath", SeedsPath);
        // Serilog reads its section while Program builds the host: in-memory configuration reaches it, UseSetting does not.
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore.HttpLogging"] = "Warning",
            ["Serilog:WriteTo:1:Args:path"] = _folder.Combine("logs", "test-.log"),
        }));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (WaitsForFirstImport)
        {
            WaitForImport(host.Services);
        }
        return host;
    }

    /// <summary>Waits until no import runs (the first-start import runs in the background).</summary>
    protected static void WaitForImport(IServiceProvider services)
    {
        var gate = services.GetRequiredService<ImportGate>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (gate.IsRunning)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The first-start import did not end within a minute.");
            }
            Thread.Sleep(20);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}
