using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Logging;
using NewsArchive.Data;
using NewsArchive.Importing;

namespace NewsArchive.Cli;

/// <summary><c>import &lt;folder&gt; [--db X]</c>: imports a folder and prints <c>added=N updated=N unchanged=N failed=N missing=N</c>.</summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var options = CliOptions.Parse(args, "--db");
        if (options.Error is not null || options.Positional.Count != 1)
        {
            return await CliApp.UsageErrorAsync(stderr, options.Error ?? "import takes exactly one folder.");
        }
        var folder = options.Positional[0];
        if (!Directory.Exists(folder))
        {
            await stderr.WriteLineAsync($"error: the folder '{folder}' does not exist.");
            return CliApp.Failed;
        }
        await using var services = BuildServices(options.Get("--db") ?? DataServiceCollectionExtensions.DefaultConnectionString);
        await using var scope = services.CreateAsyncScope();
        await ArchiveDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>());
        var importer = scope.ServiceProvider.GetRequiredService<ArchiveImporter>();
        var run = await importer.TryRunAsync(new ImportRequest(folder, ImportTrigger.Cli, Environment.UserName));
        if (run is null || run.Status != ImportStatus.Succeeded)
        {
            await stderr.WriteLineAsync($"error: {run?.Message ?? "an import is already running."}");
        }
        await stdout.WriteLineAsync(Summary(run));
        return run is { Status: ImportStatus.Succeeded, Failed: 0 } ? CliApp.Ok : CliApp.Failed;
    }

    public static string Summary(ImportRun? run) => run is null
        ? "added=0 updated=0 unchanged=0 failed=0 missing=0"
        : $"added={run.Added} updated={run.Updated} unchanged={run.Unchanged} failed={run.Failed} missing={run.Missing}";

    public static ServiceProvider BuildServices(string connection)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        // Diagnostics go to stderr, so stdout carries only the summary line.
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter("Microsoft", LogLevel.Warning));
        services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        services.AddArchiveData(connection);
        services.AddIngest();
        return services.BuildServiceProvider();
    }
}
