namespace NewsArchive.Data;

/// <summary>
/// The FTS5 external-content index over Articles (title, body, source). Its rowid is <c>Articles.SortKey</c>,
/// which follows publication order, so newest-first is <c>ORDER BY rowid DESC</c> inside FTS5 and a date
/// window is a rowid range. Kept in sync by triggers; bm25 weights are set once on the table.
/// </summary>
public static class FullTextIndex
{
    public const string Table = "ArticleSearch";

    /// <summary>bm25 weights for title, body and source: a title match counts far more than a body match.</summary>
    public const string RankFunction = "bm25(10.0, 1.0, 2.0)";

    public static IReadOnlyList<string> CreateStatements { get; } =
    [
        "CREATE VIRTUAL TABLE ArticleSearch USING fts5(Title, Body, Source, content='Articles', content_rowid='SortKey', "
            + "tokenize='porter unicode61 remove_diacritics 2');",
        $"INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('rank', '{RankFunction}');",
        "CREATE TRIGGER Articles_ai AFTER INSERT ON Articles BEGIN "
            + "INSERT INTO ArticleSearch(rowid, Title, Body, Source) VALUES (new.SortKey, new.Title, new.Body, new.Source); END;",
        "CREATE TRIGGER Articles_ad AFTER DELETE ON Articles BEGIN "
            + "INSERT INTO ArticleSearch(ArticleSearch, rowid, Title, Body, Source) VALUES ('delete', old.SortKey, old.Title, old.Body, old.Source); END;",
        "CREATE TRIGGER Articles_au AFTER UPDATE OF SortKey, Title, Body, Source ON Articles BEGIN "
            + "INSERT INTO ArticleSearch(ArticleSearch, rowid, Title, Body, Source) VALUES ('delete', old.SortKey, old.Title, old.Body, old.Source); "
            + "INSERT INTO ArticleSearch(rowid, Title, Body, Source) VALUES (new.SortKey, new.Title, new.Body, new.Source); END;",
    ];

    public static IReadOnlyList<string> DropStatements { get; } =
    [
        "DROP TRIGGER IF EXISTS Articles_au;",
        "DROP TRIGGER IF EXISTS Articles_ad;",
        "DROP TRIGGER IF EXISTS Articles_ai;",
        "DROP TABLE IF EXISTS ArticleSearch;",
    ];
}
