namespace NewsArchive.Web.Api;

/// <summary>
/// Counts around the results: per source (over the newest <c>sourcesAmong</c> matches when that is not null),
/// undated, and over time.
/// </summary>
public sealed record ApiFacets(
    IReadOnlyList<ApiSourceCount> Sources, int? SourcesAmong, int Undated, string HistogramUnit, IReadOnlyList<ApiHistogramBar> Histogram)
{
    /// <summary>More sources have matches than <see cref="Sources"/> lists (<c>/sources</c> has them all).</summary>
    public bool MoreSources { get; init; }

    /// <summary>Matches no source is named for.</summary>
    public int NoSource { get; init; }
}
