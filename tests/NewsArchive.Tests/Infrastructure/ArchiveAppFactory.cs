using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace NewsArchive.Tests.Infrastructure;

/// <summary>
/// The real web app over HTTP, with its own SQLite file in a private folder and its own copy of the seeds
/// (imported at start, as on a first run). One per test class.
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

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}
