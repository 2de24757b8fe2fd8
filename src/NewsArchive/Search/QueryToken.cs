namespace NewsArchive.Search;

/// <summary>One token of a search: a term (maybe excluded) or the OR operator.</summary>
internal sealed record QueryToken(QueryTerm? Term, bool Excluded, bool IsOr)
{
    public static QueryToken Or { get; } = new(null, false, true);
}
