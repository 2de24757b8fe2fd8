using System.Threading.Channels;
using NewsArchive.Data;
using NewsArchive.Importing;

namespace NewsArchive.Web.Admin;

/// <summary>
/// Hands imports to <see cref="ImportWorker"/>: the admin page's, and the first-start import of the seeds (so the
/// server answers while it runs). A request claims the <see cref="ImportGate"/> before it queues, so a second
/// request while one runs is refused and starts nothing.
/// </summary>
public sealed class AdminImports(ImportGate gate, TimeProvider clock, ILogger<AdminImports> logger)
{
    private readonly Channel<ImportJob> _channel = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });
    private volatile ImportJob? _current;

    /// <summary>The admin import queued or running, or null.</summary>
    public ImportJob? Current => _current;

    /// <summary>
    /// The last import the admin asked for that was not started (another process holds the import lease, or the
    /// database refused it): such a run is never stored, so the admin page shows this instead. Null once an import runs.
    /// </summary>
    public NotStartedImport? NotStarted { get; internal set; }

    internal ChannelReader<ImportJob> Reader => _channel.Reader;

    /// <summary>Queues an import of the configured folder; false when an import is already running.</summary>
    public bool TryStart(bool dryRun, string startedBy, ImportTrigger trigger = ImportTrigger.Admin)
    {
        if (!gate.TryStart())
        {
            AdminLog.ImportRefused(logger, startedBy, dryRun);
            return false;
        }
        var job = new ImportJob(dryRun, startedBy, clock.GetUtcNow().UtcDateTime, trigger);
        _current = job;
        if (!_channel.Writer.TryWrite(job))
        {
            Completed();
            return false;
        }
        AdminLog.ImportQueued(logger, startedBy, dryRun);
        return true;
    }

    /// <summary>Called by the worker when a job has ended, however it ended.</summary>
    internal void Completed()
    {
        _current = null;
        gate.Finish();
    }
}
