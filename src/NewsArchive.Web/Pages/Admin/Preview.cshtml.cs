using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Pages.Admin;

/// <summary>The latest preview's report; a preview writes nothing, so it is kept in memory until the next one.</summary>
public sealed class PreviewModel(PreviewStore previews, ImportGate gate, AdminImports imports, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "outcome")]
    public string? Outcome { get; set; }

    // From the query: "page" is also Razor Pages' own route value (the page's path), which binding would take first.
    [BindProperty(SupportsGet = true, Name = "page")]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public RunSummary? Run { get; private set; }

    public FileResultsView? Files { get; private set; }

    /// <summary>The import in progress (a preview or not), shown above the last report.</summary>
    public ImportProgressView Progress { get; private set; } = null!;

    public void OnGet()
    {
        Progress = ImportProgressView.From(gate, imports, clock);
        if (previews.Latest is { } latest)
        {
            Run = RunSummary.Of(latest);
            var chosen = FileResultsView.ParseOutcome(Outcome, out var unknown);
            Files = FileResultsView.FromMemory("/admin/preview", chosen, Run, latest.Files, PageNumber) with { UnknownOutcome = unknown };
        }
    }
}
