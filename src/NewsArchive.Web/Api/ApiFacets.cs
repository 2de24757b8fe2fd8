namespace NewsArchive.Web.Api;

/// <summary>
/// Counts around the results: per source (over the newest <c>sourcesAmong</c> matches when that is not null),
/// undated, and over time.
/// </summary>
public sealed record ApiFacets(
    IReadOnlyList<ApiSourceCount> Sources, int? SourcesAmong, int Undated, string HistogramUnit, IReadOnlyList<ApiHistogramBar> Histogram);
