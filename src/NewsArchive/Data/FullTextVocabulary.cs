namespace NewsArchive.Data;

/// <summary>
/// An <c>fts5vocab</c> view of the full-text index: one row per indexed (stemmed, folded) term with the
/// number of articles holding it. "Did you mean" looks for close terms here.
/// </summary>
internal static class FullTextVocabulary
{
    /// <summary>Created by the SearchVocabulary migration.</summary>
    public const string Table = "ArticleSearchVocab";
}
