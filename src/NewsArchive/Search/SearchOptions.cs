using System.ComponentModel.DataAnnotations;

namespace NewsArchive.Search;

/// <summary>Search settings (configuration section <c>Search</c>).</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    [Range(1, 100)]
    public int PageSize { get; set; } = 20;

    /// <summary>The largest page size the JSON API accepts.</summary>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Longer searches are cut to this many characters (and the reader is told).</summary>
    [Range(10, 10_000)]
    public int MaxQueryLength { get; set; } = QueryParser.DefaultMaxLength;

    /// <summary>
    /// Relevance ranks at most this many matches, the newest ones (bm25 scores every match it ranks, ~2.4 µs
    /// each); with more, the reader is told and can narrow the dates to rank older ones.
    /// </summary>
    [Range(1, 100_000_000)]
    public int RankWindow { get; set; } = 20_000;

    /// <summary>Source counts of a search (or a filtered browse) with more matches than this count the newest ones only, and say so.</summary>
    [Range(1, 100_000_000)]
    public int FacetWindow { get; set; } = 50_000;

    /// <summary>How many totals and facet sets the search cache keeps (per archive generation).</summary>
    [Range(1, 10_000_000)]
    public int CacheEntries { get; set; } = 20_000;
}
