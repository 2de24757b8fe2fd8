using NewsArchive.Importing;

namespace NewsArchive.Web.Admin;

/// <summary>
/// What the admin page and <c>/admin/progress</c> show about the job in progress: an import (its files), or the
/// start's rebuilding of stories (<see cref="Rebuild"/>, which also tells how it ended). <see cref="Running"/> is
/// true while either holds the import gate.
/// </summary>
public sealed record ImportProgressView(
    bool Running, bool DryRun, string? StartedBy, int Done, int Total, string? CurrentFile,
    int Added, int Updated, int Unchanged, int Failed, int Missing)
{
    /// <summary>The run being written (null before the worker has opened it).</summary>
    public int? RunId { get; init; }

    /// <summary>An estimate from the pace so far ("about 2 min left"), or null until there is a pace to go by.</summary>
    public string? TimeLeft { get; init; }

    /// <summary>What runs: "Import", "Preview", <see cref="StoryRebuildView.Job"/>, or null when nothing does.</summary>
    public string? Job { get; init; }

    /// <summary>This process's rebuilding of stories, running or ended; null when the start found none to do.</summary>
    public StoryRebuildView? Rebuild { get; init; }

    /// <summary>The stories are being rebuilt and no import waits behind them: one asked for now is queued.</summary>
    public bool ImportQueues { get; init; }

    /// <summary>An import waits for the rebuilding of stories to end (who asked is <see cref="StartedBy"/>).</summary>
    public bool ImportWaiting { get; init; }

    public static ImportProgressView From(ImportGate gate, AdminImports queue, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(queue);
        var job = queue.Current;
        var p = gate.Current;
        var rebuild = queue.Rebuild;
        var rebuilding = rebuild is { Active: true };
        return new ImportProgressView(
            gate.IsRunning, job?.DryRun ?? false, job?.StartedBy, p?.Done ?? 0, p?.Total ?? 0, p?.CurrentFile,
            p?.Added ?? 0, p?.Updated ?? 0, p?.Unchanged ?? 0, p?.Failed ?? 0, p?.Missing ?? 0)
        {
            RunId = p?.RunId,
            Job = rebuilding ? StoryRebuildView.Job : !gate.IsRunning ? null : job?.DryRun == true ? "Preview" : "Import",
            Rebuild = rebuild,
            ImportQueues = rebuilding && job is null,
            ImportWaiting = rebuilding && job is not null,
            TimeLeft = job is null || p is null || rebuilding || clock is null ? null : Estimate(p.Done, p.Total, clock.GetUtcNow().UtcDateTime - job.QueuedAt),
        };
    }

    /// <summary>Time left at the pace so far; null before 2 % of the files or 3 seconds, when a guess would mislead.</summary>
    public static string? Estimate(int done, int total, TimeSpan elapsed)
    {
        if (total <= 0 || done <= 0 || done * 50 < total || elapsed < TimeSpan.FromSeconds(3))
        {
            return null;
        }
        var left = TimeSpan.FromTicks((long)(elapsed.Ticks * ((total - done) / (double)done)));
        return left.TotalSeconds < 60 ? "less than a minute left"
            : left.TotalMinutes < 90 ? $"about {Math.Ceiling(left.TotalMinutes)} min left"
            : $"about {left.TotalHours:0.#} hours left";
    }
}
