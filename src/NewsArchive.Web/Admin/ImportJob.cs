using NewsArchive.Data;

namespace NewsArchive.Web.Admin;

/// <summary>An import for the worker: whether it is a preview, who asked, when, and what started it (the admin page, or the first start).</summary>
public sealed record ImportJob(bool DryRun, string StartedBy, DateTime QueuedAt, ImportTrigger Trigger = ImportTrigger.Admin);
