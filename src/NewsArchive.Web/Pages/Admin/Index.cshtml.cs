using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.Web.Admin;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Pages.Admin;

public sealed class IndexModel(ArchiveDbContext db, ImportGate gate, AdminImports queue, TimeProvider clock, ArchivePaths paths) : PageModel
{
    public ArchivePaths Paths => paths;

    private const int RunsShown = 25;

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>The re-import form's required tick: "I want to write these changes to the archive".</summary>
    [BindProperty]
    public bool Confirm { get; set; }

    public ImportProgressView Progress { get; private set; } = null!;

    public IReadOnlyList<RunSummary> Runs { get; private set; } = [];

    public ArchiveFacts Facts { get; private set; } = null!;

    /// <summary>The last re-import that was refused before it began (another process importing), or null.</summary>
    public NotStartedImport? NotStarted => queue.NotStarted;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Progress = ImportProgressView.From(gate, queue, clock);
        Runs = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(RunsShown).ToSummaries().ToListAsync(ct);
        Facts = await ArchiveFacts.ReadAsync(db, paths, ct);
    }

    public IActionResult OnPostPreview() => Start(dryRun: true);

    public IActionResult OnPostReimport()
    {
        if (!Confirm)
        {
            StatusMessage = "Nothing was started: tick “Yes, write the changes to the archive” to confirm a re-import.";
            return RedirectToPage();
        }
        return Start(dryRun: false);
    }

    /// <summary>The run's counts as the table shows them: a running run shows the import's progress, not the zeros it was opened with.</summary>
    public RunSummary Live(RunSummary run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Status == ImportStatus.Running && Progress.Running && Progress.RunId == run.Id
            ? run with { Total = Progress.Total, Added = Progress.Added, Updated = Progress.Updated, Unchanged = Progress.Unchanged, Failed = Progress.Failed, Missing = Progress.Missing }
            : run;
    }

    private RedirectToPageResult Start(bool dryRun)
    {
        var behind = queue.Rebuild is { Active: true };
        StatusMessage = !queue.TryStart(dryRun, User.Identity?.Name ?? "admin")
            ? "An import is already running. Nothing new was started; wait for it to finish."
            : behind ? $"{(dryRun ? "Preview" : "Re-import")} queued: it starts when the stories have been rebuilt."
            : dryRun ? "Preview started: nothing will be written. Its report appears under “Latest preview”." : "Re-import started.";
        return RedirectToPage();
    }
}
