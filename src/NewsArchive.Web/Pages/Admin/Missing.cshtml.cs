using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using NewsArchive.Importing;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Pages.Admin;

/// <summary>The only way articles are deleted: missing ones, after an explicit confirmation.</summary>
public sealed class MissingModel(MissingArticles missing, ILogger<MissingModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    // From the query: "page" is also Razor Pages' own route value (the page's path), which binding would take first.
    [BindProperty(SupportsGet = true, Name = "page")]
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The page of missing articles shown.</summary>
    public IReadOnlyList<MissingArticles.Row> Articles { get; private set; } = [];

    /// <summary>How many articles are missing in all.</summary>
    public int Total { get; private set; }

    public int PageCount => AdminPaging.PageCount(Total, MissingArticles.PageSize);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        (var rows, Total, PageNumber) = await missing.ListAsync(PageNumber, ct);
        Articles = rows;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), "Tick the box to confirm; nothing was removed.");
            await LoadAsync(ct);
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
