using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// Before the server accepts requests: say where the files are, migrate the database and, when it is empty, queue
/// the import of the seeds; when some of its articles have no story sketch (a migration forgot the story rows), queue
/// the rebuilding of their stories. Both run on the background <see cref="ImportWorker"/>, so a large seeds folder or
/// archive does not keep the server from answering; pages show the archive as it fills and the admin page shows the progress.
/// </summary>
internal sealed partial class StartupImport(
    IServiceScopeFactory scopes, AdminImports imports, IOptions<ArchiveOptions> options, ArchivePaths paths, ILogger<StartupImport> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        LogPaths(logger, paths.ContentRoot, paths.Database ?? "(in memory)", paths.Keys ?? "(in memory)", paths.Logs ?? "(console only)", paths.Seeds);
        if (!paths.SeedsExist)
        {
            LogNoSeeds(logger, paths.Seeds);
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await ArchiveDatabase.MigrateAsync(db, cancellationToken);
        // One statement of two counts; 0 on an empty or complete archive (StoryBackfill.CountMissingAsync).
        if (options.Value.RebuildStoriesOnStartup
            && await scope.ServiceProvider.GetRequiredService<StoryBackfill>().CountMissingAsync(cancellationToken) is > 0 and var missing)
        {
            if (imports.TryStartRebuild(missing))
            {
                LogRebuildQueued(logger, missing);
            }
            return;
        }
        if (!options.Value.ImportOnStartup || !paths.SeedsExist || await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }
        if (imports.TryStart(dryRun: false, "system", ImportTrigger.Startup))
        {
            LogQueued(logger, paths.Seeds);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Content root {ContentRoot}; database {Database}; keys {Keys}; logs {Logs}; seeds {Seeds}")]
    private static partial void LogPaths(ILogger logger, string contentRoot, string database, string keys, string logs, string seeds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "THE SEEDS FOLDER {Folder} DOES NOT EXIST: nothing will be imported at start or by the admin re-import until Archive:SeedsPath names a folder that exists")]
    private static partial void LogNoSeeds(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Missing} articles have no stories: rebuilding them in the background")]
    private static partial void LogRebuildQueued(ILogger logger, int missing);

    [LoggerMessage(Level = LogLevel.Information, Message = "The archive is empty: importing {Folder} in the background")]
    private static partial void LogQueued(ILogger logger, string folder);
}
