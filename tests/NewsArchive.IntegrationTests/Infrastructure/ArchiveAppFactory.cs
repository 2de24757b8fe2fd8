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
        : this(null)
    {
    }

    /// <param name="databasePath">A database file the test keeps (to start the app on it again), or null for one in the factory's folder.</param>
    protected ArchiveAppFactory(string? databasePath)
    {
        SeedsPath = _folder.CopySeeds();
        DatabasePath = databasePath ?? _folder.Combine("archive.db");
    }

    public string SeedsPath { get; }

    public string DatabasePath { get; }

    /// <summary>The folder of the app's log files.</summary>
    public string LogsPath => _folder.Combine("logs");

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
        builder.UseSetting("Archive:LogsPath", LogsPath);
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
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (gate.IsRunning)
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(60))
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
