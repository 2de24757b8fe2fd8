using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using NewsArchive.Importing;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Pages.Admin;

/// <summary>The running import as JSON, polled by the admin page's script.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ProgressModel(ImportGate gate, AdminImports queue) : PageModel
{
    public IActionResult OnGet() => new JsonResult(ImportProgressView.From(gate, queue));
}
