using System.Threading.Channels;
using NewsArchive.Data;
using NewsArchive.Importing;

namespace NewsArchive.Web.Admin;

/// <summary>
/// Hands jobs to <see cref="ImportWorker"/>: the admin page's imports, the first-start import of the seeds, and the
/// start's rebuilding of stories (so the server answers while they run). A job claims the <see cref="ImportGate"/>
/// before it queues, so a second import while one runs is refused and starts nothing; an import asked for while the
/// stories are rebuilt is queued behind the rebuild instead, which hands the gate on to it (one writer at a time).
/// </summary>
public sealed class AdminImports(ImportGate gate, TimeProvider clock, ILogger<AdminImports> logger)
{
    private readonly Channel<ImportJob> _channel = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _lock = new();
    private volatile ImportJob? _current;
    private volatile StoryRebuildView? _rebuild;

    /// <summary>The admin import queued or running, or null.</summary>
    public ImportJob? Current => _current;

    /// <summary>This process's rebuilding of stories: queued, running or how it ended; null when the start found none to do.</summary>
    public StoryRebuildView? Rebuild => _rebuild;

    /// <summary>
    /// The last import the admin asked for that was not started (another process holds the import lease, or the
    /// database refused it): such a run is never stored, so the admin page shows this instead. Null once an import runs.
    /// </summary>
    public NotStartedImport? NotStarted { get; internal set; }

    internal ChannelReader<ImportJob> Reader => _channel.Reader;

    /// <summary>
    /// Queues an import of the configured folder; false when an import is already queued or running (or the gate is
    /// held otherwise). While the stories are rebuilt it is queued behind the rebuild.
    /// </summary>
    public bool TryStart(bool dryRun, string startedBy, ImportTrigger trigger = ImportTrigger.Admin)
    {
        var job = new ImportJob(dryRun, startedBy, clock.GetUtcNow().UtcDateTime, trigger);
        bool behind;
        lock (_lock)
        {
            // The rebuild holds the gate and hands it on to the one import queued behind it.
            behind = _rebuild is { Active: true } && _current is null;
            if (!behind && !gate.TryStart())
            {
                AdminLog.ImportRefused(logger, startedBy, dryRun);
                return false;
            }
            _current = job;
            _channel.Writer.TryWrite(job);
        }
        if (behind)
        {
            AdminLog.ImportQueuedBehindRebuild(logger, startedBy, dryRun);
        }
        else
        {
            AdminLog.ImportQueued(logger, startedBy, dryRun);
        }
        return true;
    }

    /// <summary>Queues the rebuilding of the stories of <paramref name="missing"/> articles; false when the gate is held.</summary>
    internal bool TryStartRebuild(int missing)
    {
        var job = new ImportJob(DryRun: false, "system", clock.GetUtcNow().UtcDateTime, ImportTrigger.Startup) { Stories = true };
        lock (_lock)
        {
            if (_rebuild is { Active: true } || !gate.TryStart())
            {
                return false;
            }
            _rebuild = new StoryRebuildView(StoryRebuildView.Queued, 0, missing, job.QueuedAt);
            _channel.Writer.TryWrite(job);
        }
        return true;
    }

    /// <summary>The worker's word on the rebuild as it goes.</summary>
    internal void ReportRebuild(StoryBackfillProgress progress)
    {
        if (_rebuild is { Active: true } rebuild)
        {
            _rebuild = progress.WaitingFor is { } holder
                ? rebuild with { State = StoryRebuildView.Waiting, Message = $"Waiting for the import in {holder} to end." }
                : rebuild with { State = StoryRebuildView.Running, Placed = progress.Placed, Total = progress.Total, Message = null };
        }
    }

    /// <summary>The rebuild has ended (<see cref="StoryRebuildView.Finished"/>, <see cref="StoryRebuildView.Failed"/> or <see cref="StoryRebuildView.Stopped"/>).</summary>
    internal void EndRebuild(string state, string? message)
    {
        if (_rebuild is { } rebuild)
        {
            _rebuild = rebuild with { State = state, Message = message, FinishedAt = clock.GetUtcNow().UtcDateTime };
        }
    }

    /// <summary>Called by the worker when a job has ended, however it ended.</summary>
    internal void Completed(ImportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_lock)
        {
            if (job.Stories)
            {
                if (_rebuild is { Active: true })
                {
                    EndRebuild(StoryRebuildView.Stopped, null);
                }
                if (_current is not null)
                {
                    // The import queued behind the rebuild runs next, holding the gate the rebuild held.
                    return;
                }
            }
            else
            {
                _current = null;
            }
            gate.Finish();
        }
    }
}
