using SQLitePCL;

namespace NewsArchive.Stories;

/// <summary>
/// Reads one stored sketch by article id through SQLitePCLRaw, its blobs decoded straight from SQLite's buffers: the
/// candidates' sketches that <see cref="HeldSketches"/> does not hold (a run's articles past
/// <see cref="StoryTuning.RunSketchArticles"/>, earlier runs' articles) are read here, up to
/// <see cref="StoryTuning.MaxCandidates"/> + <see cref="StoryTuning.MaxTermCandidates"/> an article, and
/// Microsoft.Data.Sqlite builds a data reader and copies each blob into a new array at every read (at 100,000 short
/// articles with every sketch read from the database: stories phase 28.7 s through it, 21.7 s through this; docs/stories.md).
/// It runs inside whatever transaction the connection is in.
/// </summary>
internal sealed class SketchReader : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SketchReader(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_db, "SELECT Day, StoryId, CopyOfId, MinHash, Terms FROM StorySketches WHERE ArticleId = ?1;", out _statement));
    }

    /// <summary>The article's stored sketch, or null when it has none.</summary>
    public StoredSketch? Read(int articleId)
    {
        Check(raw.sqlite3_bind_int64(_statement, 1, articleId));
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_DONE)
            {
                return null;
            }
            if (rc != raw.SQLITE_ROW)
            {
                Check(rc);
            }
            return new StoredSketch(articleId, raw.sqlite3_column_int(_statement, 0),
                IsNull(1) ? null : raw.sqlite3_column_int(_statement, 1),
                IsNull(2) ? null : raw.sqlite3_column_int(_statement, 2),
                ArticleSketch.FromStored(raw.sqlite3_column_blob(_statement, 3), raw.sqlite3_column_blob(_statement, 4)));
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            Microsoft.Data.Sqlite.SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
