using NewsArchive.Importing;

namespace NewsArchive.Web.Admin;

/// <summary>What the admin page and <c>/admin/progress</c> show about the import in progress.</summary>
public sealed record ImportProgressView(
    bool Running, bool DryRun, string? StartedBy, int Done, int Total, string? CurrentFile,
    int Added, int Updated, int Unchanged, int Failed, int Missing)
{
    public static ImportProgressView From(ImportGate gate, AdminImports queue)
    {
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(queue);
        var job = queue.Current;
        var p = gate.Current;
        return new ImportProgressView(
            gate.IsRunning, job?.DryRun ?? false, job?.StartedBy, p?.Done ?? 0, p?.Total ?? 0, p?.CurrentFile,
            p?.Added ?? 0, p?.Updated ?? 0, p?.Unchanged ?? 0, p?.Failed ?? 0, p?.Missing ?? 0);
    }
}
