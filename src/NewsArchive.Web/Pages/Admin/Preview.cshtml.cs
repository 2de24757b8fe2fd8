using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Pages.Admin;

/// <summary>The latest preview's report; a preview writes nothing, so it is kept in memory until the next one.</summary>
public sealed class PreviewModel(PreviewStore previews, ImportGate gate, AdminImports imports) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ImportOutcome? Outcome { get; set; }

    public RunSummary? Run { get; private set; }

    public FileResultsView? Files { get; private set; }

    /// <summary>The import in progress (a preview or not), shown above the last report.</summary>
    public ImportProgressView Progress { get; private set; } = null!;

    public void OnGet()
    {
        Progress = ImportProgressView.From(gate, imports);
        if (previews.Latest is { } latest)
        {
            Run = RunSummary.Of(latest);
            Files = FileResultsView.FromMemory("/admin/preview", Outcome, Run, latest.Files);
        }
    }
}
