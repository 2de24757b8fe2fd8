namespace NewsArchive.Web.Admin;

/// <summary>An import asked for from the admin page: whether it is a preview, who asked and when.</summary>
public sealed record ImportJob(bool DryRun, string StartedBy, DateTime QueuedAt);
