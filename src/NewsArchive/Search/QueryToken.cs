namespace NewsArchive.Search;

/// <summary>
/// One token of a search: a term (maybe excluded), the OR operator or a NEAR operator (with its distance in
/// words); <see cref="End"/> is where it ends in the text, so a search cut to its first terms can say what was used.
/// </summary>
internal sealed record QueryToken(QueryTerm? Term, bool Excluded, bool IsOr, int End)
{
    /// <summary>The distance of a <c>NEAR</c> or <c>NEAR/N</c> operator; null for any other token.</summary>
    public int? NearDistance { get; init; }

    public static QueryToken Or(int end) => new(null, false, true, end);

    public static QueryToken Near(int distance, int end) => new(null, false, false, end) { NearDistance = distance };
}
