namespace NewsArchive.Data;

/// <summary>
/// The FTS5 external-content index over Articles (title, body, source). Its rowid is <c>Articles.SortKey</c>,
/// which follows publication order, so newest-first is <c>ORDER BY rowid DESC</c> inside FTS5 and a date
/// window is a rowid range. Kept in sync by triggers; bm25 weights are set once on the table. Its SQL is in the
/// migrations, as frozen text.
/// </summary>
public static class FullTextIndex
{
    public const string Table = "ArticleSearch";

    /// <summary>bm25 weights for title, body and source: a title match counts far more than a body match.</summary>
    public const string RankFunction = "bm25(10.0, 1.0, 2.0)";
}
