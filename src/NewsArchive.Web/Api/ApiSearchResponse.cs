using NewsArchive.Search;
using NewsArchive.Web.Pages.Articles;

namespace NewsArchive.Web.Api;

/// <summary>
/// One page of <c>GET /api/articles</c>: the exact total; <c>rankedAmong</c> when relevance ranked only that many
/// newest matches (pages run through those); <c>facets</c> only with <c>facets=true</c>, else null.
/// </summary>
public sealed record ApiSearchResponse(
    int Total, int Page, int PageSize, int? RankedAmong, IReadOnlyList<ApiSearchItem> Items, ApiFacets? Facets, string? Suggestion)
{
    /// <summary>With <c>collapse=stories</c> (the default): how many stories the matches make; items are one per story.</summary>
    public int? Stories { get; init; }

    public static ApiSearchResponse From(SearchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var items = results.Items.Select(h => new ApiSearchItem(h.Id, h.Title, h.PublishedOn, h.Source, h.SnippetHtml, ArticleRoute.For(h.Id, h.Slug),
            h.StoryId, h.StoryId is { } s && results.Stories.TryGetValue(s, out var story) ? story.Size : 1)).ToList();
        return new ApiSearchResponse(results.Total, results.Page, results.PageSize, results.RankedAmong, items, FacetsFrom(results.Facets), results.Suggestion)
        {
            Stories = results.StoryTotal,
        };
    }

    private static ApiFacets? FacetsFrom(SearchFacets? facets) => facets is null ? null : new ApiFacets(
        facets.Sources.Select(s => new ApiSourceCount(s.Source!, s.Count)).ToList(), facets.SourcesAmong, facets.UndatedCount, facets.HistogramUnit,
        facets.Histogram.Select(b => new ApiHistogramBar(b.From, b.To, b.Label, b.Count)).ToList())
    {
        MoreSources = facets.MoreSources,
        NoSource = facets.UnnamedSourceCount,
    };
}
