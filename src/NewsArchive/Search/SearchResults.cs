namespace NewsArchive.Search;

/// <summary>
/// One page of results and what surrounds it: the exact total, source counts (ignoring the source filter),
/// the undated count and the histogram (ignoring the date filters; bars only inside them), and a suggestion
/// when nothing matched.
/// </summary>
public sealed record SearchResults(
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchHit> Items,
    IReadOnlyList<SourceCount> Sources,
    int UndatedCount,
    string HistogramUnit,
    IReadOnlyList<HistogramBar> Histogram,
    string? Suggestion)
{
    public static SearchResults Empty(int pageSize) => new(0, 1, pageSize, [], [], 0, "day", [], null);

    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
}
