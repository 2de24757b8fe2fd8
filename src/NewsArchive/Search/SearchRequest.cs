namespace NewsArchive.Search;

/// <summary>A validated search (or browse, when the query is empty). Dates are inclusive.</summary>
public sealed record SearchRequest(
    SearchQuery Query, DateOnly? From, DateOnly? To, string? Source, bool UndatedOnly, SearchSort Sort, int Page, int PageSize)
{
    public bool IsSearch => Query.MatchExpression is not null;
}
