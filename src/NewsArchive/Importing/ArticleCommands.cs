using System.Data.Common;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Importing;

/// <summary>
/// Prepared INSERT and UPDATE statements for articles, bound on the import's connection and transaction: the
/// import's hot path, without EF Core's change tracking. Values are stored exactly as EF Core stores them
/// (a test compares the two); the FTS5 index entries go through <see cref="FullTextIndex"/>, queued until the
/// transaction commits.
/// </summary>
internal sealed class ArticleCommands : IDisposable
{
    private static readonly string[] s_columns =
    [
        "SortKey", "Slug", "Title", "TitleDerived", "PublishedOn", "DateSource", "Source", "Body", "WordCount",
        "ContentHash", "RawText", "LineRoles", "Warnings", "ParserVersion", "IsMissing", "UpdatedAt", "StoryId", "CopyOfId",
    ];

    private readonly RawStatement _insert;
    private readonly DbCommand _update;
    private readonly FullTextIndex _index;
    private readonly SQLitePCL.sqlite3 _handle;
    private readonly DbCommand _readStored;
    private readonly DbCommand _nextId;

    /// <summary>The import writer's span (<see cref="ImportPhases.Writer"/>), which the row and index writes lap, or null: not timed.</summary>
    private readonly ImportPhases.PhaseSpan? _span;

    public ArticleCommands(DbConnection connection, DbTransaction transaction, ImportPhases? phases = null)
    {
        _span = phases?.Writer;
        var insertColumns = string.Join(", ", s_columns.Append("SourceFile").Append("ImportedAt"));
        var insertValues = string.Join(", ", s_columns.Append("SourceFile").Append("ImportedAt").Select((_, i) => "?" + (i + 1)));
        // The hot path: bound by position (RawStatement), in the order of s_columns.
        _insert = new RawStatement((Microsoft.Data.Sqlite.SqliteConnection)connection, $"INSERT INTO Articles ({insertColumns}) VALUES ({insertValues});");
        // An unchanged date keeps its sort key (and so its place in the FTS5 rowid order): @SortKey is then NULL.
        var assignments = string.Join(", ", s_columns.Select(c => c == "SortKey" ? "SortKey = coalesce(@SortKey, SortKey)" : $"{c} = @{c}"));
        // Not RETURNING: SQLite runs RETURNING as a trigger, which makes the INSERT open a statement journal, and FTS5
        // flushes its pending terms to a new segment at every such savepoint (a segment per article).
        _handle = ((Microsoft.Data.Sqlite.SqliteConnection)connection).Handle!;
        _index = new FullTextIndex(connection, transaction, queued: true);
        _update = PreparedCommands.Create(connection, transaction, $"UPDATE Articles SET {assignments} WHERE Id = @Id;", [.. s_columns, "Id"]);
        _readStored = PreparedCommands.Create(connection, transaction,
            "SELECT RawText, LineRoles, SortKey, Title, Body, Source FROM Articles WHERE Id = @Id;", ["Id"]);
        _nextId = PreparedCommands.Create(connection, transaction, "SELECT coalesce(max(Id), 0) + 1 FROM Articles;", []);
    }

    /// <summary>
    /// The id the next inserted article gets: Articles has no AUTOINCREMENT, so SQLite gives one more than the largest
    /// (an import deletes none); the articles inserted after it get the ids after it, one by one.
    /// </summary>
    public async Task<int> NextIdAsync(CancellationToken ct) => Convert.ToInt32(await _nextId.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Inserts a new article and returns its id.</summary>
    public async Task<int> InsertAsync(Article article, CancellationToken ct)
    {
        BindInsert(article);
        _insert.Execute();
        // Straight from the connection (no statement to run): the import's hot path.
        var id = checked((int)SQLitePCL.raw.sqlite3_last_insert_rowid(_handle));
        _span?.Lap(ImportPhases.Articles);
        await _index.AddAsync(FullTextIndex.Entry.Of(article), ct);
        _span?.Lap(ImportPhases.FullText);
        return id;
    }

    /// <summary>
    /// Overwrites a stored article with a new parse and moves its index entry; its sort key changes only when
    /// <paramref name="newSortKey"/> is given. Returns the text and line roles it replaced (so the old lines can be
    /// uncounted), or null when there is no such article.
    /// </summary>
    public async Task<(string RawText, string LineRoles)?> UpdateAsync(Article article, long? newSortKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (await ReadStoredAsync(article.Id, ct) is not { } stored)
        {
            return null;
        }
        var (rawText, lineRoles, indexed) = stored;
        Bind(_update, article, newSortKey);
        _update.Parameters["@Id"].Value = article.Id;
        await _update.ExecuteNonQueryAsync(ct);
        _span?.Lap(ImportPhases.Articles);
        await _index.ReplaceAsync(indexed, FullTextIndex.Entry.Of(article) with { SortKey = newSortKey ?? indexed.SortKey }, ct);
        _span?.Lap(ImportPhases.FullText);
        return (rawText, lineRoles);
    }

    /// <summary>Writes the index entries queued since the last flush (the session does before it commits).</summary>
    public async Task FlushIndexAsync(CancellationToken ct)
    {
        await _index.FlushAsync(ct);
        _span?.Lap(ImportPhases.FullText);
    }

    public void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
        _index.Dispose();
        _readStored.Dispose();
        _nextId.Dispose();
    }

    private async Task<(string RawText, string LineRoles, FullTextIndex.Entry Indexed)?> ReadStoredAsync(int id, CancellationToken ct)
    {
        _readStored.Parameters["@Id"].Value = id;
        await using var reader = await _readStored.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }
        var indexed = new FullTextIndex.Entry(reader.GetInt64(2), reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5));
        return (reader.GetString(0), reader.GetString(1), indexed);
    }

    /// <summary>The insert's values, in the order of <see cref="s_columns"/> then SourceFile and ImportedAt, as <see cref="Bind"/> stores them.</summary>
    private void BindInsert(Article a)
    {
        var s = _insert;
        s.Bind(1, a.SortKey);
        s.Bind(2, a.Slug);
        s.Bind(3, a.Title);
        s.Bind(4, a.TitleDerived);
        s.Bind(5, a.PublishedOn);
        s.Bind(6, a.DateSource.ToString());
        s.Bind(7, a.Source);
        s.Bind(8, a.Body);
        s.Bind(9, a.WordCount);
        s.Bind(10, a.ContentHash);
        s.Bind(11, a.RawText);
        s.Bind(12, a.LineRoles);
        s.Bind(13, a.Warnings);
        s.Bind(14, a.ParserVersion);
        s.Bind(15, a.IsMissing);
        s.Bind(16, a.UpdatedAt);
        s.Bind(17, (long?)a.StoryId);
        s.Bind(18, (long?)a.CopyOfId);
        s.Bind(19, a.SourceFile);
        s.Bind(20, a.ImportedAt);
    }

    private static void Bind(DbCommand command, Article a, long? sortKey)
    {
        var p = command.Parameters;
        p["@SortKey"].Value = sortKey is { } key ? key : DBNull.Value;
        p["@Slug"].Value = a.Slug;
        p["@Title"].Value = a.Title;
        p["@TitleDerived"].Value = a.TitleDerived;
        p["@PublishedOn"].Value = a.PublishedOn is { } date ? date : DBNull.Value;
        p["@DateSource"].Value = a.DateSource.ToString();
        p["@Source"].Value = (object?)a.Source ?? DBNull.Value;
        p["@Body"].Value = a.Body;
        p["@WordCount"].Value = a.WordCount;
        p["@ContentHash"].Value = a.ContentHash;
        p["@RawText"].Value = a.RawText;
        p["@LineRoles"].Value = a.LineRoles;
        p["@Warnings"].Value = (object?)a.Warnings ?? DBNull.Value;
        p["@ParserVersion"].Value = a.ParserVersion;
        p["@IsMissing"].Value = a.IsMissing;
        p["@UpdatedAt"].Value = a.UpdatedAt;
        p["@StoryId"].Value = a.StoryId is { } story ? story : DBNull.Value;
        p["@CopyOfId"].Value = a.CopyOfId is { } copy ? copy : DBNull.Value;
    }
}
