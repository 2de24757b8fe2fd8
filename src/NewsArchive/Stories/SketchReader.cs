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

    /// <summary>
    /// The article's stored row read in place (its day and the stored forms of its MinHash and terms, spans over
    /// SQLite's buffer), valid until the view is disposed: most candidates read from the database are rejected on it
    /// (<see cref="StoryFinder"/>), so they are never decoded. Not found: <see cref="StoredView.Found"/> false.
    /// </summary>
    public StoredView View(int articleId)
    {
        var s = _statement;
        s.Bind(1, articleId);
        if (!s.Step())
        {
            s.Reset();
            return default;
        }
        return new StoredView(s, s.GetInt32(0), s.GetBlob(3), s.GetBlob(4));
    }

    public void Dispose() => _statement.Dispose();
}

/// <summary>A stored sketch row read in place by <see cref="SketchReader.View"/>; disposing it resets the statement.</summary>
internal readonly ref struct StoredView
{
    private readonly RawStatement? _statement;

    public StoredView(RawStatement statement, int day, ReadOnlySpan<byte> minHash, ReadOnlySpan<byte> terms)
    {
        _statement = statement;
        Day = day;
        MinHash = minHash;
        Terms = terms;
    }

    public bool Found => _statement is not null;

    public int Day { get; }

    /// <summary>The MinHash as stored (<see cref="Codec.WriteMinHash"/>).</summary>
    public ReadOnlySpan<byte> MinHash { get; }

    /// <summary>The terms as stored (<see cref="Codec.WriteTerms"/>: by term, <see cref="Codec.TermBytes"/> bytes each).</summary>
    public ReadOnlySpan<byte> Terms { get; }

    public void Dispose() => _statement?.Reset();
}
