using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsArchive.Articles;

namespace NewsArchive.Data;

/// <summary>
/// The FTS5 external-content index over Articles (title, body, source), and its one writer: every change to an
/// article's indexed text goes through here, the importer's and the boilerplate re-parser's alike. Its rowid is
/// <c>Articles.SortKey</c>, which follows publication order, so newest-first is <c>ORDER BY rowid DESC</c> inside
/// FTS5 and a date window is a rowid range; bm25 weights are set once on the table.
/// </summary>
/// <remarks>
/// There are no triggers (the <c>IndexWrittenByCode</c> migration dropped them): a trigger makes every INSERT or
/// UPDATE of an article open a statement journal, and FTS5 flushes its pending terms at each such savepoint, which
/// costs a segment per article and later merges. Plain single-row statements, prepared once per transaction, let
/// FTS5 gather a whole batch in memory. Removing an entry needs the text it was indexed with (external content).
/// </remarks>
internal sealed class FullTextIndex : IDisposable
{
    public const string Table = "ArticleSearch";

    /// <summary>bm25 weights for title, body and source: a title match counts far more than a body match.</summary>
    public const string RankFunction = "bm25(10.0, 1.0, 2.0)";

    private readonly DbCommand _add;
    private readonly DbCommand _remove;

    /// <summary>Prepares the index's statements on <paramref name="connection"/>, inside <paramref name="transaction"/>.</summary>
    public FullTextIndex(DbConnection connection, DbTransaction transaction)
    {
        string[] columns = ["SortKey", "Title", "Body", "Source"];
        _add = PreparedCommands.Create(connection, transaction,
            $"INSERT INTO {Table}(rowid, Title, Body, Source) VALUES (@SortKey, @Title, @Body, @Source);", columns);
        _remove = PreparedCommands.Create(connection, transaction,
            $"INSERT INTO {Table}({Table}, rowid, Title, Body, Source) VALUES ('delete', @SortKey, @Title, @Body, @Source);", columns);
    }

    /// <summary>The index on the context's connection, inside its current transaction (which the caller began).</summary>
    public static FullTextIndex For(ArchiveDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("The full-text index is written inside a transaction; begin one first.");
        return new FullTextIndex(db.Database.GetDbConnection(), transaction.GetDbTransaction());
    }

    /// <summary>Indexes a new article's text.</summary>
    public Task AddAsync(Entry entry, CancellationToken ct) => RunAsync(_add, entry, ct);

    /// <summary>Removes an article's entry; <paramref name="entry"/> is the text it was indexed with.</summary>
    public Task RemoveAsync(Entry entry, CancellationToken ct) => RunAsync(_remove, entry, ct);

    /// <summary>Moves an article from its old entry to its new one; nothing is written when neither changed.</summary>
    public async Task ReplaceAsync(Entry old, Entry updated, CancellationToken ct)
    {
        if (old == updated)
        {
            return;
        }
        await RemoveAsync(old, ct);
        await AddAsync(updated, ct);
    }

    /// <summary>Removes the entries of <paramref name="articles"/> (to be called before the rows themselves are deleted).</summary>
    public async Task RemoveAsync(IQueryable<Article> articles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var entries = articles.AsNoTracking().Select(a => new Entry(a.SortKey, a.Title, a.Body, a.Source)).AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(ct))
        {
            await RemoveAsync(entry, ct);
        }
    }

    public void Dispose()
    {
        _add.Dispose();
        _remove.Dispose();
    }

    private static async Task RunAsync(DbCommand command, Entry entry, CancellationToken ct)
    {
        var p = command.Parameters;
        p["@SortKey"].Value = entry.SortKey;
        p["@Title"].Value = entry.Title;
        p["@Body"].Value = entry.Body;
        p["@Source"].Value = (object?)entry.Source ?? DBNull.Value;
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>What the index holds for one article: its rowid and the three indexed columns.</summary>
    public sealed record Entry(long SortKey, string Title, string Body, string? Source)
    {
        public static Entry Of(Article article)
        {
            ArgumentNullException.ThrowIfNull(article);
            return new Entry(article.SortKey, article.Title, article.Body, article.Source);
        }
    }
}
