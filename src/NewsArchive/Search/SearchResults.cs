namespace NewsArchive.Search;

/// <summary>
/// One page of results: the exact total, the page's hits, and when relevance ranked only the newest matches,
/// how many (<see cref="RankedAmong"/>; the pages run through those). Facets when they were asked for, and a
/// suggestion when nothing matched.
/// </summary>
public sealed record SearchResults(
    int Total, int Page, int PageSize, IReadOnlyList<SearchHit> Items, int? RankedAmong, SearchFacets? Facets, string? Suggestion)
{
    public static SearchResults Empty(int pageSize) => new(0, 1, pageSize, [], null, null, null);

    /// <summary>When results are one per story: how many stories the matches make (among the ranked ones when <see cref="RankedAmong"/>).</summary>
    public int? StoryTotal { get; init; }

    /// <summary>The stories of the page's hits, by story id.</summary>
    public IReadOnlyDictionary<int, StoryRow> Stories { get; init; } = new Dictionary<int, StoryRow>();

    public int PageCount => PageCountFor(StoryTotal ?? RankedAmong ?? Total, PageSize);

    internal static int PageCountFor(int rows, int pageSize) => Math.Max(1, (int)Math.Ceiling(rows / (double)pageSize));
}
