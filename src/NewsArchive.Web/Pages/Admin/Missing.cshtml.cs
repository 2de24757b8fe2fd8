using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Pages.Admin;

/// <summary>The only way articles are deleted: missing ones, after an explicit confirmation.</summary>
public sealed class MissingModel(MissingArticles missing, ILogger<MissingModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public IReadOnlyList<MissingArticles.Row> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Articles = await missing.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), "Tick the box to confirm; nothing was removed.");
            Articles = await missing.ListAsync(ct);
            return Page();
        }
        StatusMessage = await missing.RemoveAsync(ct) switch
        {
            null => "An import is running; nothing was removed. Try again when it has finished.",
            var count => Removed(count.Value),
        };
        return RedirectToPage();
    }

    private string Removed(int count)
    {
        AdminLog.MissingRemoved(logger, User.Identity?.Name ?? "admin", count);
        return $"Removed {count} missing {(count == 1 ? "article" : "articles")}.";
    }
}
