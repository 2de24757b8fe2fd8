using System.Diagnostics;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Admin;

/// <summary>
/// Runs queued jobs (the admin page's imports, the first start's, the start's rebuilding of stories) one after
/// another, outside any request: leaving the page does not stop one, and the server answers meanwhile. Only the
/// configured seeds folder is imported.
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
                await (job.Stories ? RebuildAsync(stoppingToken) : RunAsync(job, stoppingToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                AdminLog.ImportCrashed(logger, ex, job.StartedBy);
            }
            finally
            {
                queue.Completed(job);
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

    /// <summary>
    /// Places the articles stored without stories (<see cref="StoryBackfill"/>); the shutdown stops it between or
    /// inside a batch (that batch is rolled back) and the next start goes on.
    /// </summary>
    private async Task RebuildAsync(CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        var placed = 0;
        AdminLog.RebuildStarted(logger, queue.Rebuild?.Total ?? 0);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var backfill = scope.ServiceProvider.GetRequiredService<StoryBackfill>();
            placed = await backfill.RunAsync("system (rebuilding stories)", progress =>
            {
                placed = progress.Placed;
                queue.ReportRebuild(progress);
            }, ct);
            queue.EndRebuild(StoryRebuildView.Finished, placed == 0 ? "Nothing was left to place (another import had placed the articles)." : null);
            AdminLog.RebuildFinished(logger, placed, stopwatch.Elapsed);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            queue.EndRebuild(StoryRebuildView.Stopped, "The app stopped; the next start goes on where this one stopped.");
            AdminLog.RebuildStopped(logger, placed, stopwatch.Elapsed);
            throw;
        }
        catch (Exception ex)
        {
            var reason = StoryBackfill.Describe(ex);
            queue.EndRebuild(StoryRebuildView.Failed, reason);
            AdminLog.RebuildFailed(logger, ex, placed, reason);
        }
    }
}
