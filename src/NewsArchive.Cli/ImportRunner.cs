using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsArchive.Data;
using NewsArchive.Importing;

namespace NewsArchive.Cli;

/// <summary>One CLI import: the run, its progress on stderr while it goes, the summary and the exit code at the end.</summary>
internal sealed class ImportRunner(CliConsole console, TimeProvider clock)
{
    public sealed record Settings(string Folder, string Database, bool Quiet, bool Json, TimeSpan ProgressEvery);

    public async Task<int> RunAsync(Settings settings, CancellationToken ct)
    {
        // A live display owns the terminal while it runs: informational log lines would tear it, so only warnings show.
        var live = console.Interactive && !settings.Quiet;
        await using var services = ImportCommand.BuildServices(settings.Database, settings.Quiet || live ? LogLevel.Warning : LogLevel.Information);
        await using var scope = services.CreateAsyncScope();
        try
        {
            await ArchiveDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>(), ct);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync($"error: the database {settings.Database} could not be opened or migrated: {ex.Message}");
            return CliApp.RunFailed;
        }
        var importer = scope.ServiceProvider.GetRequiredService<ArchiveImporter>();
        var gate = scope.ServiceProvider.GetRequiredService<ImportGate>();
        var started = clock.GetTimestamp();
        ImportRun? run;
        try
        {
            var import = importer.TryRunAsync(new ImportRequest(settings.Folder, ImportTrigger.Cli, Environment.UserName), ct);
            var progress = new ImportProgressDisplay(console, clock, gate, started);
            if (!settings.Quiet)
            {
                await (live ? progress.LiveAsync(import) : progress.PlainAsync(import, settings.ProgressEvery));
            }
            run = await import;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("error: the import was stopped; the batches written so far are kept, and the next import completes the work.");
            return CliApp.RunFailed;
        }
        if (run is { Id: > 0 })
        {
            await ReportFilesAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>(), run.Id, settings.Quiet, ct);
        }
        // The run's status as a person reads it: Completed, Completed with N failed files, Failed: reason.
        if (run is null || run.Status != ImportStatus.Succeeded)
        {
            await console.Error.WriteLineAsync($"error: {run?.Describe() ?? "Failed: an import is already running in this process."}");
        }
        else if (!settings.Quiet)
        {
            await console.Error.WriteLineAsync(run.Describe());
        }
        await console.Out.WriteLineAsync(settings.Json ? ToJson(run, clock.GetElapsedTime(started)) : ImportCommand.Summary(run));
        return run switch
        {
            null or { Status: not ImportStatus.Succeeded } => CliApp.RunFailed,
            { Failed: > 0 } => CliApp.Failed,
            _ => CliApp.Ok,
        };
    }

    /// <summary>
    /// One stderr line per file whose result says something (<c>path: outcome: message</c>), in file order: every
    /// failed file with its reason and, unless quiet, every file imported with a note or a warning (a symbolic link
    /// followed, a low-confidence article). Missing files are only counted: a vanished folder would be thousands of lines.
    /// </summary>
    private async Task ReportFilesAsync(ArchiveDbContext db, int runId, bool quiet, CancellationToken ct)
    {
        var noted = db.ImportFileResults.AsNoTracking()
            .Where(r => r.ImportRunId == runId && r.Message != null && r.Outcome != ImportOutcome.Missing && (!quiet || r.Outcome == ImportOutcome.Failed))
            .OrderBy(r => r.Id)
            .Select(r => new { r.SourceFile, r.Outcome, r.Message })
            .AsAsyncEnumerable();
        await foreach (var result in noted.WithCancellation(ct))
        {
            await console.Error.WriteLineAsync($"{result.SourceFile}: {result.Outcome.ToString().ToLowerInvariant()}: {result.Message}");
        }
    }

    public static string ToJson(ImportRun? run, TimeSpan elapsed)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (run is null)
            {
                json.WriteNull("runId");
            }
            else
            {
                json.WriteNumber("runId", run.Id);
            }
            json.WriteString("status", run?.Status.ToString() ?? "NotStarted");
            json.WriteNumber("added", run?.Added ?? 0);
            json.WriteNumber("updated", run?.Updated ?? 0);
            json.WriteNumber("unchanged", run?.Unchanged ?? 0);
            json.WriteNumber("failed", run?.Failed ?? 0);
            json.WriteNumber("missing", run?.Missing ?? 0);
            json.WriteNumber("seconds", Math.Round(elapsed.TotalSeconds, 2));
            json.WriteString("message", run is null ? "An import is already running." : run.Message);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
