using System.Data.Common;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Parsing;

namespace NewsArchive.Importing;

/// <summary>
/// Prepared INSERT and UPDATE statements for articles, bound on the import's connection and transaction: the
/// import's hot path, without EF Core's change tracking. Values are stored exactly as EF Core stores them
/// (a test compares the two); the FTS5 index follows through the table's triggers.
/// </summary>
internal sealed class ArticleCommands : IDisposable
{
    private static readonly string[] s_columns =
    [
        "SortKey", "Slug", "Title", "TitleDerived", "PublishedOn", "DateSource", "Source", "Body", "WordCount",
        "ContentHash", "RawText", "LineRoles", "Warnings", "ParserVersion", "IsMissing", "UpdatedAt",
    ];

    private readonly DbCommand _insert;
    private readonly DbCommand _update;
    private readonly DbCommand _index;
    private readonly DbCommand _lastId;
    private readonly DbCommand _readLines;

    public ArticleCommands(DbConnection connection, DbTransaction transaction)
    {
        var insertColumns = string.Join(", ", s_columns.Append("SourceFile").Append("ImportedAt"));
        var insertValues = string.Join(", ", s_columns.Append("SourceFile").Append("ImportedAt").Select(c => "@" + c));
        _insert = PreparedCommands.Create(connection, transaction, $"INSERT INTO Articles ({insertColumns}) VALUES ({insertValues});", [.. s_columns, "SourceFile", "ImportedAt"]);
        // An unchanged date keeps its sort key (and so its place in the FTS5 rowid order): @SortKey is then NULL.
        var assignments = string.Join(", ", s_columns.Select(c => c == "SortKey" ? "SortKey = coalesce(@SortKey, SortKey)" : $"{c} = @{c}"));
        // Not RETURNING: SQLite runs RETURNING as a trigger, which makes the INSERT open a statement journal, and FTS5
        // flushes its pending terms to a new segment at every such savepoint (a segment per article).
        _lastId = PreparedCommands.Create(connection, transaction, "SELECT last_insert_rowid();", []);
        // The same row the Articles_ai trigger would index (the import session suspends that trigger).
        _index = PreparedCommands.Create(connection, transaction, "INSERT INTO ArticleSearch(rowid, Title, Body, Source) VALUES (@SortKey, @Title, @Body, @Source);",
            ["SortKey", "Title", "Body", "Source"]);
        _update = PreparedCommands.Create(connection, transaction, $"UPDATE Articles SET {assignments} WHERE Id = @Id;", [.. s_columns, "Id"]);
        _readLines = PreparedCommands.Create(connection, transaction, "SELECT RawText, LineRoles FROM Articles WHERE Id = @Id;", ["Id"]);
    }

    /// <summary>The stored text and line roles of an article about to be overwritten, so its old lines can be uncounted.</summary>
    public async Task<(string RawText, string LineRoles)?> ReadLinesAsync(int id, CancellationToken ct)
    {
        _readLines.Parameters["@Id"].Value = id;
        await using var reader = await _readLines.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>Inserts a new article and returns its id.</summary>
    public async Task<int> InsertAsync(Article article, CancellationToken ct)
    {
        Bind(_insert, article, article.SortKey);
        _insert.Parameters["@SourceFile"].Value = article.SourceFile;
        _insert.Parameters["@ImportedAt"].Value = article.ImportedAt;
        await _insert.ExecuteNonQueryAsync(ct);
        var id = Convert.ToInt32(await _lastId.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        _index.Parameters["@SortKey"].Value = article.SortKey;
        _index.Parameters["@Title"].Value = article.Title;
        _index.Parameters["@Body"].Value = article.Body;
        _index.Parameters["@Source"].Value = (object?)article.Source ?? DBNull.Value;
        await _index.ExecuteNonQueryAsync(ct);
        return id;
    }

    /// <summary>Overwrites a stored article with a new parse; its sort key changes only when <paramref name="newSortKey"/> is given.</summary>
    public async Task UpdateAsync(Article article, long? newSortKey, CancellationToken ct)
    {
        Bind(_update, article, newSortKey);
        _update.Parameters["@Id"].Value = article.Id;
        await _update.ExecuteNonQueryAsync(ct);
    }

    public void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
        _index.Dispose();
        _lastId.Dispose();
        _readLines.Dispose();
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
    }
}
