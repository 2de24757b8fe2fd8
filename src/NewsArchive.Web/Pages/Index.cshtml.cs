using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsArchive.Search;
using NewsArchive.Web.Caching;
using NewsArchive.Web.Pages.Articles;
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
        Links = SearchLinks.For(Search, Filter.Sort) with { Page = Results.Page, AllArticles = Search.IsSearch && !Search.CollapseStories };
    }

    /// <summary>What the results list says about a hit's story (null when it is alone or results are not grouped).</summary>
    public StoryLineView? StoryLine(SearchHit hit) =>
        Search.CollapseStories && hit.StoryId is { } id && Results.Stories.TryGetValue(id, out var story)
            ? new StoryLineView(hit, story, Search.ExpandStory == id, Links.WithStory(Search.ExpandStory == id ? null : id))
            : null;

    /// <summary>A hit's story for the <c>_StoryLine</c> partial; <paramref name="ToggleUrl"/> lists or hides its members.</summary>
    public sealed record StoryLineView(SearchHit Hit, StoryRow Story, bool Expanded, string ToggleUrl);

    /// <summary>The article's address, carrying the search so its terms are highlighted there.</summary>
    public string ArticleUrl(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var url = ArticleRoute.For(hit.Id, hit.Slug);
        return Search.IsSearch ? $"{url}?q={Uri.EscapeDataString(Search.Query.Text)}" : url;
    }

    /// <summary>"12 articles in 3 stories" when matches were grouped; when every match is a story of its own, just the total.</summary>
    public string CountText => Results.StoryTotal is { } stories && stories != (Results.RankedAmong ?? Results.Total)
        ? $"{Results.Total:N0} {(Results.Total == 1 ? "article" : "articles")} in {stories:N0} {(stories == 1 ? "story" : "stories")}"
        : Search.Query.HasText
        ? $"{Results.Total:N0} {(Results.Total == 1 ? "result" : "results")}"
        : $"{Results.Total:N0} {(Results.Total == 1 ? "article" : "articles")}";

    public SearchFacets Facets => Results.Facets ?? SearchFacets.Empty;

    public bool HasFilters => Search.From is not null || Search.To is not null || Search.Source is not null || Search.UndatedOnly;
}
