namespace NewsArchive.Search;

/// <summary>How many matches one source has (a facet); a null <see cref="Source"/> counts the matches no source is named for.</summary>
public sealed record SourceCount(string? Source, int Count);
