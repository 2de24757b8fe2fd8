namespace NewsArchive.Search;

/// <summary>
/// What surrounds a page of results: source counts (ignoring the source filter; over the newest
/// <see cref="SourcesAmong"/> matches when that is set), the undated count, and the histogram (ignoring the
/// date filters; bars only inside them).
/// </summary>
public sealed record SearchFacets(
    IReadOnlyList<SourceCount> Sources, int? SourcesAmong, int UndatedCount, string HistogramUnit, IReadOnlyList<HistogramBar> Histogram)
{
    /// <summary>More sources have matches than <see cref="Sources"/> lists (the sources page has them all).</summary>
    public bool MoreSources { get; init; }

    /// <summary>Matches no source is named for.</summary>
    public int UnnamedSourceCount { get; init; }

    public static SearchFacets Empty { get; } = new([], null, 0, "day", []);
}
