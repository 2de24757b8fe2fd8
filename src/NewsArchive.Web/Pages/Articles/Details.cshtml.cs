using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsArchive.Parsing.Document;
using NewsArchive.Search;
using NewsArchive.Web.Caching;
using NewsArchive.Web.Search;

namespace NewsArchive.Web.Pages.Articles;

/// <summary>
/// One article; the search it was opened from (the results page's parameters) highlights its terms and leads back to
/// the same results; <c>?view=original</c> shows the raw file with the same words marked.
/// </summary>
[OutputCache(PolicyName = ArchivePagePolicy.Name)]
public sealed class DetailsModel(ArticleReader reader, StoryReader stories, IOptions<SearchOptions> options, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SearchFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    public ArticleDetail Article { get; private set; } = null!;

    /// <summary>This article's address (without the search or the view).</summary>
    public string ArticleUrl => ArticleRoute.For(Article.Id, Article.Slug);

    /// <summary>The article's story, when other articles cover the same event.</summary>
    public StoryRow? Story { get; private set; }

    /// <summary>The search the article was opened from (empty when it was not).</summary>
    public SearchLinks Context { get; private set; } = null!;

    public bool ShowOriginal => string.Equals(View, "original", StringComparison.OrdinalIgnoreCase);

    public string? Query => Context.Q;

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken ct)
    {
        var found = await reader.FindAsync(id, Filter.Q, ct);
        if (found is null)
        {
            return NotFound();
        }
        if (slug != found.Slug)
        {
            return RedirectPermanent(ArticleRoute.For(found.Id, found.Slug) + Request.QueryString);
        }
        var request = Filter.Validate(options.Value, []);
        var pageSize = request.PageSize == options.Value.PageSize ? (int?)null : request.PageSize;
        Context = SearchLinks.For(request, Filter.Sort, pageSize);
        Article = found;
        Story = await stories.ForArticleAsync(id, ct);
        return Page();
    }

    /// <summary>Where the date came from, in plain words.</summary>
    public string DateOrigin => Article.DateSource switch
    {
        DateSource.Header => "given with the file",
        DateSource.Text => "found in the article's text",
        _ => "neither the file nor the article gives a date",
    };

    /// <summary>A link to another view of this article (or a neighbour) keeping the search.</summary>
    public string Link(string url, bool original = false)
    {
        var query = Context.QueryString;
        if (original)
        {
            query += (query.Length > 0 ? "&" : "") + "view=original";
        }
        return query.Length == 0 ? url : url + "?" + query;
    }

    /// <summary>The article's permanent address on this site.</summary>
    public string Permalink => $"{Request.Scheme}://{Request.Host}{ArticleUrl}";

    /// <summary>A citation to copy: title, outlet, date, where it is kept, and when it was read.</summary>
    public string Citation
    {
        get
        {
            var culture = CultureInfo.InvariantCulture;
            var title = Article.Title.TrimEnd('.');
            var parts = new List<string> { title.EndsWith('…') ? $"“{title}”" : $"“{title}.”" };
            if (Article.Source is not null)
            {
                parts.Add(Article.Source + ",");
            }
            parts.Add((Article.PublishedOn?.ToString("d MMMM yyyy", culture) ?? "undated") + ".");
            if (Article.OriginalUrl is { } original)
            {
                parts.Add(original.AbsoluteUri + ".");
            }
            parts.Add($"NewsArchive, {Permalink}.");
            parts.Add($"Accessed {DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("d MMMM yyyy", culture)}.");
            return string.Join(' ', parts);
        }
    }
}
