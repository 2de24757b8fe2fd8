using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NewsArchive.Parsing.Document;
using NewsArchive.Search;
using NewsArchive.Web.Caching;

namespace NewsArchive.Web.Pages.Articles;

/// <summary>One article; <c>?q=</c> highlights a search's terms, <c>?view=original</c> shows the raw file.</summary>
[OutputCache(PolicyName = ArchivePagePolicy.Name)]
public sealed class DetailsModel(ArticleReader reader, StoryReader stories) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public ArticleDetail Article { get; private set; } = null!;

    /// <summary>This article's address (without the search or the view).</summary>
    public string ArticleUrl => ArticleRoute.For(Article.Id, Article.Slug);

    /// <summary>The article's story, when other articles cover the same event.</summary>
    public StoryRow? Story { get; private set; }

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
            return RedirectPermanent(ArticleRoute.For(found.Id, found.Slug) + Request.QueryString);
        }
        Article = found;
        Story = await stories.ForArticleAsync(id, ct);
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
