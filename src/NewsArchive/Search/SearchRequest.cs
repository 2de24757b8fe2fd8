using System.Globalization;

namespace NewsArchive.Search;

/// <summary>A validated search (or browse, when the query is empty). Dates are inclusive.</summary>
public sealed record SearchRequest(
    SearchQuery Query, DateOnly? From, DateOnly? To, string? Source, bool UndatedOnly, SearchSort Sort, int Page, int PageSize)
{
    public bool IsSearch => Query.MatchExpression is not null;

    /// <summary>Whether source counts, the undated count and the histogram are wanted (the page: always; the API: when asked).</summary>
    public bool WithFacets { get; init; }

    /// <summary>One result per story (a search's default): the best-ranked member stands for its story.</summary>
    public bool CollapseStories { get; init; }

    /// <summary>The story whose members the page lists under its result (<c>story=ID</c>), if any.</summary>
    public int? ExpandStory { get; init; }

    /// <summary>The words were looked for in titles only (<c>titles=true</c>; already in the match expression).</summary>
    public bool TitlesOnly { get; init; }

    /// <summary>Browsing the whole archive: no query and no filter.</summary>
    public bool IsWholeArchive => !IsSearch && From is null && To is null && Source is null && !UndatedOnly;

    /// <summary>What decides the set of matches (not the page or the order): the key of cached totals and facets.</summary>
    internal string ScopeKey => string.Join('\u001f', Query.MatchExpression ?? "",
        From?.ToString("O", CultureInfo.InvariantCulture) ?? "", To?.ToString("O", CultureInfo.InvariantCulture) ?? "", Source ?? "", UndatedOnly ? "u" : "");
}
