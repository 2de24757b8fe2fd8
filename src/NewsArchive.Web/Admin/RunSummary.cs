using NewsArchive.Data;

namespace NewsArchive.Web.Admin;

/// <summary>One import run as the admin pages show it.</summary>
public sealed record RunSummary(
    int Id, ImportTrigger Trigger, string StartedBy, bool DryRun, DateTime StartedAt, DateTime? FinishedAt, ImportStatus Status,
    string? Message, int Total, int Added, int Updated, int Unchanged, int Failed, int Missing)
{
    public string Duration => FinishedAt is { } end ? AdminFormat.Duration(end - StartedAt) : "—";

    /// <summary>
    /// The outcome in words that tell the truth: a run that ended with some files refused is not a plain success.
    /// The CSS class follows (<c>status-warning</c> for that case).
    /// </summary>
    public string StatusText => Status switch
    {
        ImportStatus.Succeeded when Failed > 0 => $"Completed with {Failed:N0} failed {(Failed == 1 ? "file" : "files")}",
        ImportStatus.Succeeded => DryRun ? "Preview completed" : "Completed",
        ImportStatus.Running => "Running",
        ImportStatus.Failed => "Failed",
        ImportStatus.Interrupted => "Interrupted",
        _ => Status.ToString(),
    };

    public string StatusClass => Status == ImportStatus.Succeeded && Failed > 0 ? "status-warning" : "status-" + Status.ToString().ToLowerInvariant();

    /// <summary>Results recorded: every file of the folder, plus the missing ones (files gone since an earlier import).</summary>
    public int Results => Added + Updated + Unchanged + Failed + Missing;

    public IReadOnlyDictionary<ImportOutcome, int> Counts => new Dictionary<ImportOutcome, int>
    {
        [ImportOutcome.Added] = Added,
        [ImportOutcome.Updated] = Updated,
        [ImportOutcome.Unchanged] = Unchanged,
        [ImportOutcome.Failed] = Failed,
        [ImportOutcome.Missing] = Missing,
    };

    public static RunSummary Of(ImportRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Id, run.Trigger, run.StartedBy, run.DryRun, run.StartedAt, run.FinishedAt, run.Status, run.Message,
            run.TotalFiles, run.Added, run.Updated, run.Unchanged, run.Failed, run.Missing);
    }
}
