using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Pages.Admin.Runs;

public sealed class DetailsModel(ArchiveDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ImportOutcome? Outcome { get; set; }

    public RunSummary Run { get; private set; } = null!;

    public FileResultsView Files { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var run = await db.ImportRuns.AsNoTracking().Where(r => r.Id == id).ToSummaries().SingleOrDefaultAsync(ct);
        if (run is null)
        {
            return NotFound();
        }
        var files = db.ImportFileResults.AsNoTracking().Where(f => f.ImportRunId == id);
        if (Outcome is { } outcome)
        {
            files = files.Where(f => f.Outcome == outcome);
        }
        var rows = await files.OrderBy(f => f.Id).Take(FileResultsView.MaxRows).ToRows().ToListAsync(ct);
        Run = run;
        Files = new FileResultsView($"/admin/runs/{id}", Outcome, run.Counts, rows, await files.CountAsync(ct));
        return Page();
    }
}
