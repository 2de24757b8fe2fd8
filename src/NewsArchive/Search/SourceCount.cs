namespace NewsArchive.Search;

/// <summary>How many matches one source has (a facet).</summary>
public sealed record SourceCount(string Source, int Count);
