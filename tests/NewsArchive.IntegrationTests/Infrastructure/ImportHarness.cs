using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data;
using NewsArchive.Importing;

namespace NewsArchive.IntegrationTests.Infrastructure;

/// <summary>The importer on a real SQLite file in a private folder, with a seeds folder tests can write to.</summary>
public sealed class ImportHarness : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services;

    public ImportHarness(IDictionary<string, string?>? settings = null)
    {
        SeedsPath = _folder.Combine("seeds");
        Directory.CreateDirectory(SeedsPath);
        ConnectionString = $"Data Source={_folder.Combine("archive.db")}";
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        services.AddLogging();
        services.AddArchiveData(ConnectionString);
        services.AddIngest();
        _services = services.BuildServiceProvider();
    }

    public string SeedsPath { get; }

    public string ConnectionString { get; }

    public ImportGate Gate => _services.GetRequiredService<ImportGate>();

    public void CopySeeds()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds, "*.txt"))
        {
            File.Copy(file, Path.Combine(SeedsPath, Path.GetFileName(file)), overwrite: true);
        }
    }

    public string Write(string name, string text) => WriteBytes(name, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(SeedsPath, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public async Task<ImportRun> ImportAsync(bool dryRun = false)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await ArchiveDatabase.MigrateAsync(db);
        var importer = scope.ServiceProvider.GetRequiredService<ArchiveImporter>();
        var run = await importer.TryRunAsync(new ImportRequest(SeedsPath, ImportTrigger.Cli, "test", dryRun));
        return run ?? throw new InvalidOperationException("An import was already running.");
    }

    /// <summary>A fresh context for assertions.</summary>
    public ArchiveDbContext OpenDb() => new(DataServiceCollectionExtensions.CreateOptions(ConnectionString));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _folder.Dispose();
    }
}
