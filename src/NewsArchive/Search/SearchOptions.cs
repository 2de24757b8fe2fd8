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
}
