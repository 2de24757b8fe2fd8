namespace NewsArchive.Data.Migrations;

/// <summary>
/// The triggers that kept the full-text index in sync from the first migration until <see cref="IndexWrittenByCode"/>
/// dropped them, as frozen text for those two migrations only (the first creates them, the later one's Down restores
/// them). No code outside Migrations/ uses it; never edit it.
/// </summary>
internal static class FrozenTriggers
{
    public static readonly string[] Create20261122 =
    [
        "CREATE TRIGGER Articles_ai AFTER INSERT ON Articles BEGIN "
            + "INSERT INTO ArticleSearch(rowid, Title, Body, Source) VALUES (new.SortKey, new.Title, new.Body, new.Source); END;",
        "CREATE TRIGGER Articles_ad AFTER DELETE ON Articles BEGIN "
            + "INSERT INTO ArticleSearch(ArticleSearch, rowid, Title, Body, Source) VALUES ('delete', old.SortKey, old.Title, old.Body, old.Source); END;",
        "CREATE TRIGGER Articles_au AFTER UPDATE OF SortKey, Title, Body, Source ON Articles BEGIN "
            + "INSERT INTO ArticleSearch(ArticleSearch, rowid, Title, Body, Source) VALUES ('delete', old.SortKey, old.Title, old.Body, old.Source); "
            + "INSERT INTO ArticleSearch(rowid, Title, Body, Source) VALUES (new.SortKey, new.Title, new.Body, new.Source); END;",
    ];

    public static readonly string[] Drop20261122 =
    [
        "DROP TRIGGER IF EXISTS Articles_au;",
        "DROP TRIGGER IF EXISTS Articles_ad;",
        "DROP TRIGGER IF EXISTS Articles_ai;",
    ];
}
