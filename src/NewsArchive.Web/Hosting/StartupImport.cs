using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsArchive.Data;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// Before the server accepts requests: migrate the database and, when it is empty, queue the import of the seeds.
/// The import runs on the background <see cref="ImportWorker"/>, so a large seeds folder does not keep the server
/// from answering; pages show the archive as it fills and the admin page shows the progress.
/// </summary>
internal sealed partial class StartupImport(
    IServiceScopeFactory scopes, AdminImports imports, IOptions<ArchiveOptions> options, IHostEnvironment environment, ILogger<StartupImport> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await ArchiveDatabase.MigrateAsync(db, cancellationToken);
        if (!options.Value.ImportOnStartup || await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }
        var folder = SeedsFolder.Resolve(options.Value.SeedsPath, environment.ContentRootPath);
        if (!Directory.Exists(folder))
        {
            LogNoSeeds(logger, folder);
            return;
        }
        if (imports.TryStart(dryRun: false, "system", ImportTrigger.Startup))
        {
            LogQueued(logger, folder);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The seeds folder {Folder} does not exist; starting with an empty archive")]
    private static partial void LogNoSeeds(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "The archive is empty: importing {Folder} in the background")]
    private static partial void LogQueued(ILogger logger, string folder);
}
