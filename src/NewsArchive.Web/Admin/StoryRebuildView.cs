namespace NewsArchive.Web.Admin;

/// <summary>
/// The start's rebuilding of stories, as the admin page and <c>/admin/progress</c> show it: queued, waiting for
/// another process's import, running (articles placed of those missing), or how it ended.
/// </summary>
public sealed record StoryRebuildView(string State, int Placed, int Total, DateTime QueuedAt)
{
    public const string Job = "Rebuilding stories";

    public const string Queued = "queued";
    public const string Waiting = "waiting";
    public const string Running = "running";
    public const string Finished = "finished";
    public const string Failed = "failed";
    public const string Stopped = "stopped";

    /// <summary>What the worker is doing: always <see cref="Job"/> (the JSON names the job).</summary>
    public string Name => Job;

    /// <summary>The import it waits for (<see cref="Waiting"/>), or why it failed or stopped.</summary>
    public string? Message { get; init; }

    public DateTime? FinishedAt { get; init; }

    /// <summary>Queued, waiting or running: it holds the import gate.</summary>
    public bool Active => State is Queued or Waiting or Running;
}
