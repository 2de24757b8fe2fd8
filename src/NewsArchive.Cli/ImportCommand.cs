using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using NewsArchive.Data;
using NewsArchive.Importing;

namespace NewsArchive.Cli;

/// <summary>
/// <c>import &lt;folder&gt; [--db X] [--quiet] [--json]</c>: imports a folder, shows its progress on stderr and prints
/// <c>added=N updated=N unchanged=N failed=N missing=N</c> (or, with <c>--json</c>, the summary as one JSON object).
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliConsole console, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(console);
        var folder = new Argument<string>("folder") { Description = "The folder of article files (*.txt below it, hidden ones excepted)." };
        folder.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } path && !Directory.Exists(path))
            {
                r.AddError($"The folder '{path}' does not exist.");
            }
        });
        var db = CliApp.DatabaseOption();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress and no informational messages on stderr; warnings, errors and the summary still." };
        var json = new Option<bool>("--json") { Description = "Print the summary as one JSON object on stdout (runId, status, the counts, seconds, message)." };
        var every = new Option<int>("--progress-seconds")
        {
            Description = "When stderr is not a terminal: seconds between plain progress lines.",
            DefaultValueFactory = _ => 5,
            HelpName = "N",
        };
        every.Validators.Add(r =>
        {
            if (r.Tokens is [{ } token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is < 1 or > 3600)
            {
                r.AddError("--progress-seconds must be from 1 to 3600.");
            }
        });
        var command = new Command("import", """
            Import a folder into the archive's database: new files are added, changed ones updated in place, unchanged
            ones skipped, vanished ones marked missing (never deleted). Shows progress on stderr (files done of total,
            rate, time left, the current file): live on a terminal, a plain line every few seconds when redirected.
            Prints added=N updated=N unchanged=N failed=N missing=N on stdout.
            Exit codes: 0 all imported or unchanged, 1 some files failed, 3 the run failed, 2 bad usage.
            """) { folder, db, quiet, json, every };
        command.SetAction((result, ct) => new ImportRunner(console, clock).RunAsync(
            new ImportRunner.Settings(result.GetValue(folder)!, result.GetValue(db)!, result.GetValue(quiet), result.GetValue(json),
                TimeSpan.FromSeconds(result.GetValue(every))), ct));
        return command;
    }

    public static string Summary(ImportRun? run) => run is null
        ? "added=0 updated=0 unchanged=0 failed=0 missing=0"
        : $"added={run.Added} updated={run.Updated} unchanged={run.Unchanged} failed={run.Failed} missing={run.Missing}";

    /// <summary>The library's services for a command; diagnostics at <paramref name="level"/> and above go to stderr, so stdout carries only results.</summary>
    public static ServiceProvider BuildServices(string connection, LogLevel level)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true)
            .SetMinimumLevel(level)
            .AddFilter("Microsoft", LogLevel.Warning));
        services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        services.AddArchiveData(connection);
        services.AddIngest();
        return services.BuildServiceProvider();
    }
}
