using System.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsArchive.Data;
using NewsArchive.Importing;

namespace NewsArchive.Cli;

/// <summary>
/// <c>stories-backfill [--db X]</c>: gives stories to the articles stored without them (<see cref="StoryBackfill"/>),
/// reading no files: what every <c>import</c> does before its files, and the web app at its start, without a seeds folder.
/// </summary>
public static class StoriesBackfillCommand
{
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var db = CliApp.DatabaseOption();
        var command = new Command("stories-backfill", """
            Place the articles that have no story (after a migration that forgot the story rows, or an import with
            the story finder off) in stories, a batch at a time, reading no files; waits while another process imports.
            Prints placed=N (0 on a complete archive). An import does the same before its files.
            Exit codes: 0 done, 2 bad usage, 3 the database could not be opened or written.
            """) { db };
        command.SetAction((result, ct) => RunAsync(result.GetValue(db)!, console, ct));
        return command;
    }

    public static async Task<int> RunAsync(string database, CliConsole console, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(console);
        await using var services = ImportCommand.BuildServices(database, LogLevel.Warning);
        await using var scope = services.CreateAsyncScope();
        try
        {
            await ArchiveDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>(), ct);
            var placed = await scope.ServiceProvider.GetRequiredService<StoryBackfill>().RunAsync(Environment.UserName, progress =>
            {
                if (progress.WaitingFor is { } holder)
                {
                    console.Error.WriteLine($"waiting for the import in {holder} to end");
                }
            }, ct);
            await console.Out.WriteLineAsync($"placed={placed}");
            return CliApp.Ok;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("error: stopped; the batches placed so far are kept, and the next backfill or import goes on.");
            return CliApp.RunFailed;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync($"error: {StoryBackfill.Describe(ex)}");
            return CliApp.RunFailed;
        }
    }
}
