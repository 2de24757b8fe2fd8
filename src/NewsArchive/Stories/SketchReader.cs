using NewsArchive.Data;

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
internal sealed class SketchReader(Microsoft.Data.Sqlite.SqliteConnection connection) : IDisposable
{
    private readonly RawStatement _statement = new(connection, "SELECT Day, StoryId, CopyOfId, MinHash, Terms FROM StorySketches WHERE ArticleId = ?1;");

    /// <summary>The article's stored sketch, or null when it has none.</summary>
    public StoredSketch? Read(int articleId)
    {
        var s = _statement;
        s.Bind(1, articleId);
        try
        {
            return s.Step()
                ? new StoredSketch(articleId, s.GetInt32(0), s.GetNullableInt32(1), s.GetNullableInt32(2), ArticleSketch.FromStored(s.GetBlob(3), s.GetBlob(4)))
                : null;
        }
        finally
        {
            s.Reset();
        }
    }

    public void Dispose() => _statement.Dispose();
}
