using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NewsArchive.Parsing;
using NewsArchive.Search;
using NewsArchive.Web.Caching;

namespace NewsArchive.Web.Pages.Articles;

/// <summary>One article; <c>?q=</c> highlights a search's terms, <c>?view=original</c> shows the raw file.</summary>
[OutputCache(PolicyName = ArchivePagePolicy.Name)]
public sealed class DetailsModel(ArticleReader reader) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public ArticleDetail Article { get; private set; } = null!;

    public bool ShowOriginal => string.Equals(View, "original", StringComparison.OrdinalIgnoreCase);

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken ct)
    {
        var found = await reader.FindAsync(id, Query, ct);
        if (found is null)
        {
            return NotFound();
        }
        if (slug != found.Slug)
        {
            return RedirectPermanent(found.Url + Request.QueryString);
        }
        Article = found;
        return Page();
    }

    public string DateOrigin => Article.DateSource switch
    {
        DateSource.Header => "from the file header",
        DateSource.Text => "from the text",
        _ => "undated",
    };

    /// <summary>A link to another view of this article (or a neighbour) keeping the search.</summary>
    public string Link(string url, bool original = false)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            parts.Add("q=" + Uri.EscapeDataString(Query));
        }
        if (original)
        {
            parts.Add("view=original");
        }
        return parts.Count == 0 ? url : url + "?" + string.Join("&", parts);
    }
}
