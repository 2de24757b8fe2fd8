using Microsoft.Extensions.Options;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Admin;

/// <summary>
/// Runs queued imports (the admin page's and the first start's) one after another, outside any request: leaving
/// the page does not stop one, and the server answers meanwhile. Only the configured seeds folder is imported.
/// </summary>
internal sealed class ImportWorker(
    AdminImports queue, PreviewStore previews, IServiceScopeFactory scopes, ArchivePaths paths,
    ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await RunAsync(job, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                AdminLog.ImportCrashed(logger, ex, job.StartedBy);
            }
            finally
            {
                queue.Completed();
            }
        }
    }

    private async Task RunAsync(ImportJob job, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArchiveImporter>();
        var folder = paths.Seeds;
        var run = await importer.RunAsync(new ImportRequest(folder, job.Trigger, job.StartedBy, job.DryRun), ct);
        // A re-import refused before it began (another process holds the lease) has no record: the admin page says so
        // instead. (A preview is never stored; the preview page shows its outcome, a refusal included.)
        queue.NotStarted = !job.DryRun && run.Id == 0 && run.Status == ImportStatus.Failed
            ? new NotStartedImport(job.StartedBy, run.FinishedAt ?? job.QueuedAt, run.Message ?? "The import was not started.")
            : null;
        if (job.DryRun)
        {
            previews.Latest = run;
        }
        var counts = $"added={run.Added} updated={run.Updated} unchanged={run.Unchanged} failed={run.Failed} missing={run.Missing}";
        AdminLog.ImportEnded(logger, run.Id, job.StartedBy, job.DryRun, run.Status, counts, run.Message ?? "");
    }
}
