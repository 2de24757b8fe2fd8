namespace NewsArchive.Search;

/// <summary>How results are ordered. Relevance needs a query; without one the default is newest.</summary>
public enum SearchSort
{
    Relevance = 0,
    Newest = 1,
    Oldest = 2,
}
