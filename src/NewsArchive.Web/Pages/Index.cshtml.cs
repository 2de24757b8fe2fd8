using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsArchive.Search;
using NewsArchive.Web.Caching;
using NewsArchive.Web.Search;

namespace NewsArchive.Web.Pages;

/// <summary>Browse (newest first) and search: every bit of state comes from the query string.</summary>
[OutputCache(PolicyName = ArchivePagePolicy.Name)]
public sealed class IndexModel(ArticleSearch search, IOptions<SearchOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SearchFilter Filter { get; set; } = new();

    public SearchRequest Search { get; private set; } = null!;

    public SearchResults Results { get; private set; } = null!;

    public IReadOnlyList<SearchProblem> Problems { get; private set; } = [];

    public SearchLinks Links { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var problems = new List<SearchProblem>();
        Search = Filter.Validate(options.Value, problems) with { WithFacets = true };
        Results = await search.SearchAsync(Search, ct);
        Problems = problems;
        Links = SearchLinks.For(Search, Filter.Sort) with { Page = Results.Page };
    }

    /// <summary>The article's address, carrying the search so its terms are highlighted there.</summary>
    public string ArticleUrl(SearchHit hit) =>
        Search.IsSearch ? $"{hit.Url}?q={Uri.EscapeDataString(Search.Query.Text)}" : hit.Url;

    public string CountText => Search.Query.HasText
        ? $"{Results.Total:N0} {(Results.Total == 1 ? "result" : "results")}"
        : $"{Results.Total:N0} {(Results.Total == 1 ? "article" : "articles")}";

    public SearchFacets Facets => Results.Facets ?? SearchFacets.Empty;

    public bool HasFilters => Search.From is not null || Search.To is not null || Search.Source is not null || Search.UndatedOnly;
}
