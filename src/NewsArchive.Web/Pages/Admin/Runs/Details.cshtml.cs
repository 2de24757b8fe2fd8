using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Pages.Admin.Runs;

public sealed class DetailsModel(ArchiveDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "outcome")]
    public string? Outcome { get; set; }

    // From the query: "page" is also Razor Pages' own route value (the page's path), which binding would take first.
    [BindProperty(SupportsGet = true, Name = "page")]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

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
        var chosen = FileResultsView.ParseOutcome(Outcome, out var unknown);
        if (chosen is { } outcome)
        {
            files = files.Where(f => f.Outcome == outcome);
        }
        var matching = await files.CountAsync(ct);
        var page = AdminPaging.Clamp(PageNumber, matching, FileResultsView.PageSize);
        var rows = await files.FailuresFirst().Skip((page - 1) * FileResultsView.PageSize).Take(FileResultsView.PageSize).ToRows().ToListAsync(ct);
        Run = run;
        Files = new FileResultsView($"/admin/runs/{id}", chosen, run.Counts, rows, matching, page) { UnknownOutcome = unknown };
        return Page();
    }
}
