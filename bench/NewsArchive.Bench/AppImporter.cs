using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsArchive.Data;
using NewsArchive.Hosting;
using NewsArchive.Importing;

namespace NewsArchive.Bench;

/// <summary>
/// The app's import as the CLI and the web host run it: the same malloc arena cap as their entry points, the
/// same (workstation) GC as the CLI, migrate, then <see cref="ArchiveImporter"/>.
/// </summary>
internal static class AppImporter
{
    /// <summary>Imports; with <paramref name="stories"/> false, without finding stories (<c>Stories:FindAtImport=false</c>), to measure their cost.</summary>
    public static async Task<ImportFigures> ImportAsync(string corpus, string databasePath, bool stories = true)
    {
        MallocArenas.Limit();
        var capture = new PhaseCapture();
        var settings = new Dictionary<string, string?> { ["Stories:FindAtImport"] = stories ? "true" : "false" };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging(logging => logging.AddProvider(capture))
            .AddArchiveData($"Data Source={databasePath}")
            .AddIngest();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await ArchiveDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>());
        var stopwatch = Stopwatch.StartNew();
        var run = await scope.ServiceProvider.GetRequiredService<ArchiveImporter>()
            .RunAsync(new ImportRequest(corpus, ImportTrigger.Cli, "bench"));
        if (run.Status != ImportStatus.Succeeded)
        {
            throw new InvalidOperationException($"The import failed: {run.Message}");
        }
        return new ImportFigures(run.Added + run.Updated, stopwatch.Elapsed.TotalSeconds, 0) { Phases = capture.Phases };
    }
}
