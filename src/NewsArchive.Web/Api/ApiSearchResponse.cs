using NewsArchive.Search;

namespace NewsArchive.Web.Api;

/// <summary>One page of <c>GET /api/articles</c>.</summary>
public sealed record ApiSearchResponse(int Total, int Page, int PageSize, IReadOnlyList<ApiSearchItem> Items, ApiFacets Facets, string? Suggestion)
{
    public static ApiSearchResponse From(SearchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var items = results.Items.Select(h => new ApiSearchItem(h.Id, h.Title, h.PublishedOn, h.Source, h.SnippetHtml, h.Url)).ToList();
        var histogram = results.Histogram.Select(b => new ApiHistogramBar(b.From, b.To, b.Label, b.Count)).ToList();
        var facets = new ApiFacets(results.Sources.Select(s => new ApiSourceCount(s.Source, s.Count)).ToList(), results.UndatedCount, results.HistogramUnit, histogram);
        return new ApiSearchResponse(results.Total, results.Page, results.PageSize, items, facets, results.Suggestion);
    }
}
