using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsArchive.Importing;
using NewsArchive.Search;
using NewsArchive.Web.Admin;
using NewsArchive.Web.Caching;
using NewsArchive.Web.Pages.Articles;
using NewsArchive.Web.Search;

namespace NewsArchive.Web.Pages;

/// <summary>Browse (newest first) and search: every bit of state comes from the query string.</summary>
[OutputCache(PolicyName = ArchivePagePolicy.Name)]
public sealed class IndexModel(ArticleSearch search, ImportGate imports, AdminImports queue, IOptions<SearchOptions> options) : PageModel
{
    /// <summary>The page sizes the form offers (the API takes any from 1 to <see cref="SearchOptions.MaxPageSize"/>).</summary>
    public static IReadOnlyList<int> PageSizes { get; } = [10, 20, 50, 100];

    [BindProperty(SupportsGet = true)]
    public SearchFilter Filter { get; set; } = new();

    public SearchRequest Search { get; private set; } = null!;

    public SearchResults Results { get; private set; } = null!;

    public IReadOnlyList<SearchProblem> Problems { get; private set; } = [];

    public SearchLinks Links { get; private set; } = null!;

    /// <summary>The import running now (the first start's, or an admin's), or null.</summary>
    public ImportProgress? Import { get; private set; }

    public bool Importing { get; private set; }

    /// <summary>The start's rebuilding of stories runs (it holds the import gate, so <see cref="Importing"/> too).</summary>
    public bool RebuildingStories { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var problems = new List<SearchProblem>();
        Search = await search.WithStoredSourceAsync(Filter.Validate(options.Value, problems) with { WithFacets = true }, ct);
        Results = await search.SearchAsync(Search, ct);
        Problems = problems;
        var pageSize = string.IsNullOrWhiteSpace(Filter.PageSize) || Search.PageSize == options.Value.PageSize ? (int?)null : Search.PageSize;
        Links = SearchLinks.For(Search, Filter.Sort, pageSize) with { Page = Results.Page, AllArticles = !Search.CollapseStories };
        (Importing, Import) = (imports.IsRunning, imports.Current);
        RebuildingStories = Importing && queue.Rebuild is { Active: true };
    }

    /// <summary>What the results list says about a hit's story (null when it is alone or results are not grouped).</summary>
    public StoryLineView? StoryLine(SearchHit hit) =>
        Search.CollapseStories && hit.StoryId is { } id && Results.Stories.TryGetValue(id, out var story)
            ? new StoryLineView(hit, story, Search.ExpandStory == id, Links.WithStory(Search.ExpandStory == id ? null : id))
            : null;

    /// <summary>A hit's story for the <c>_StoryLine</c> partial; <paramref name="ToggleUrl"/> lists or hides its members.</summary>
    public sealed record StoryLineView(SearchHit Hit, StoryRow Story, bool Expanded, string ToggleUrl);

    /// <summary>The article's address, carrying the search so its terms are highlighted there and the way back leads here.</summary>
    public string ArticleUrl(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var url = ArticleRoute.For(hit.Id, hit.Slug);
        return Links.IsEmpty ? url : url + "?" + Links.QueryString;
    }

    /// <summary>"12 articles in 3 stories" when matches were grouped; when every match is a story of its own, just the total.</summary>
    public string CountText => Results.StoryTotal is { } stories && stories != (Results.RankedAmong ?? Results.Total)
        ? $"{Results.Total:N0} {(Results.Total == 1 ? "article" : "articles")} in {stories:N0} {(stories == 1 ? "story" : "stories")}"
        : Search.Query.HasText
        ? $"{Results.Total:N0} {(Results.Total == 1 ? "result" : "results")}"
        : $"{Results.Total:N0} {(Results.Total == 1 ? "article" : "articles")}";

    /// <summary>The search box takes no more than the search uses (and a URL can carry).</summary>
    public int MaxQueryLength => options.Value.MaxQueryLength;

    public SearchFacets Facets => Results.Facets ?? SearchFacets.Empty;

    public bool HasFilters => Search.From is not null || Search.To is not null || Search.Source is not null || Search.UndatedOnly || Search.TitlesOnly;

    /// <summary>The window's title: the search, its filters and the page, so a tab or a bookmark says what it holds.</summary>
    public string PageTitle
    {
        get
        {
            var parts = new List<string> { Search.Query.HasText ? SearchLinks.Quoted(Search.Query.Text) : "Browse" };
            parts.AddRange(FilterNames);
            if (Results.PageCount > 1)
            {
                parts.Add($"page {Results.Page.ToString("N0", CultureInfo.InvariantCulture)} of {Results.PageCount.ToString("N0", CultureInfo.InvariantCulture)}");
            }
            return string.Join(" · ", parts);
        }
    }

    /// <summary>The active filters in words, as the chips and the title name them.</summary>
    public IEnumerable<string> FilterNames
    {
        get
        {
            if (Search.TitlesOnly)
            {
                yield return "titles only";
            }
            if (Search.Source is not null)
            {
                yield return Search.Source;
            }
            if (Search.UndatedOnly)
            {
                yield return "undated";
            }
            if (DateRangeText is { } dates)
            {
                yield return dates;
            }
        }
    }

    public string? DateRangeText => (Search.From, Search.To) switch
    {
        ({ } f, { } t) when f == t => $"on {Day(f)}",
        ({ } f, { } t) => $"{Day(f)} to {Day(t)}",
        ({ } f, null) => $"from {Day(f)}",
        (null, { } t) => $"until {Day(t)}",
        _ => null,
    };

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
