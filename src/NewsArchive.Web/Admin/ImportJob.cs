using NewsArchive.Data;

namespace NewsArchive.Web.Admin;

/// <summary>
/// A job for the worker: an import (whether it is a preview, who asked, when, and what started it: the admin page,
/// or the first start), or the start's rebuilding of stories (<see cref="Stories"/>).
/// </summary>
public sealed record ImportJob(bool DryRun, string StartedBy, DateTime QueuedAt, ImportTrigger Trigger = ImportTrigger.Admin)
{
    /// <summary>The rebuilding of the stories of articles stored without them (<see cref="NewsArchive.Importing.StoryBackfill"/>), not an import.</summary>
    public bool Stories { get; init; }
}
