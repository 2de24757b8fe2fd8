using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Pages.Admin;

public sealed class IndexModel(ArchiveDbContext db, ImportGate gate, AdminImports queue) : PageModel
{
    private const int RunsShown = 25;

    [TempData]
    public string? StatusMessage { get; set; }

    public ImportProgressView Progress { get; private set; } = null!;

    public IReadOnlyList<RunSummary> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Progress = ImportProgressView.From(gate, queue);
        Runs = await db.ImportRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(RunsShown).ToSummaries().ToListAsync(ct);
    }

    public IActionResult OnPostPreview() => Start(dryRun: true);

    public IActionResult OnPostReimport() => Start(dryRun: false);

    private RedirectToPageResult Start(bool dryRun)
    {
        StatusMessage = queue.TryStart(dryRun, User.Identity?.Name ?? "admin")
            ? (dryRun ? "Preview started: nothing will be written. Its report appears under “Latest preview”." : "Re-import started.")
            : "An import is already running. Nothing new was started; wait for it to finish.";
        return RedirectToPage();
    }
}
