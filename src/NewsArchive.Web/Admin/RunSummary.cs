using NewsArchive.Data;

namespace NewsArchive.Web.Admin;

/// <summary>One import run as the admin pages show it.</summary>
public sealed record RunSummary(
    int Id, ImportTrigger Trigger, string StartedBy, bool DryRun, DateTime StartedAt, DateTime? FinishedAt, ImportStatus Status,
    string? Message, int Total, int Added, int Updated, int Unchanged, int Failed, int Missing)
{
    public string Duration => FinishedAt is { } end ? AdminFormat.Duration(end - StartedAt) : "—";

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
