namespace NewsArchive.Web.Api;

/// <summary>Counts around the results: per source, undated, and over time.</summary>
public sealed record ApiFacets(IReadOnlyList<ApiSourceCount> Sources, int Undated, string HistogramUnit, IReadOnlyList<ApiHistogramBar> Histogram);
