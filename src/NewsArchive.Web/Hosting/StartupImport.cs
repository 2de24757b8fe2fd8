using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsArchive.Data;
using NewsArchive.Ingest;

namespace NewsArchive.Web.Hosting;

/// <summary>Before the server accepts requests: migrate the database and, when it is empty, import the seeds.</summary>
internal sealed partial class StartupImport(
    IServiceScopeFactory scopes, IOptions<ArchiveOptions> options, IHostEnvironment environment, ILogger<StartupImport> logger)
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
        var importer = scope.ServiceProvider.GetRequiredService<ArchiveImporter>();
        await importer.TryRunAsync(new ImportRequest(folder, ImportTrigger.Startup, "system"), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The seeds folder {Folder} does not exist; starting with an empty archive")]
    private static partial void LogNoSeeds(ILogger logger, string folder);
}
