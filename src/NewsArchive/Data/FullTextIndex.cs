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
    private readonly QueuedWrites? _queued;

    /// <summary>
    /// Prepares the index's statements on <paramref name="connection"/>, inside <paramref name="transaction"/>. With
    /// <paramref name="queued"/> (the import), additions and removals are kept until <see cref="FlushAsync"/>, which
    /// the caller runs before committing: see <see cref="QueuedWrites"/>.
    /// </summary>
    public FullTextIndex(DbConnection connection, DbTransaction transaction, bool queued = false)
    {
        string[] columns = ["SortKey", "Title", "Body", "Source"];
        _add = PreparedCommands.Create(connection, transaction,
            $"INSERT INTO {Table}(rowid, Title, Body, Source) VALUES (@SortKey, @Title, @Body, @Source);", columns);
        _remove = PreparedCommands.Create(connection, transaction,
            $"INSERT INTO {Table}({Table}, rowid, Title, Body, Source) VALUES ('delete', @SortKey, @Title, @Body, @Source);", columns);
        _queued = queued ? new QueuedWrites(((Microsoft.Data.Sqlite.SqliteConnection)connection).Handle!) : null;
    }

    /// <summary>The index on the context's connection, inside its current transaction (which the caller began).</summary>
    public static FullTextIndex For(ArchiveDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("The full-text index is written inside a transaction; begin one first.");
        return new FullTextIndex(db.Database.GetDbConnection(), transaction.GetDbTransaction());
    }

    /// <summary>Indexes a new article's text (queued: at <see cref="FlushAsync"/>).</summary>
    public Task AddAsync(Entry entry, CancellationToken ct) => _queued?.Add(entry) ?? RunAsync(_add, entry, ct);

    /// <summary>Removes an article's entry; <paramref name="entry"/> is the text it was indexed with (queued: at <see cref="FlushAsync"/>).</summary>
    public Task RemoveAsync(Entry entry, CancellationToken ct) => _queued?.Remove(entry) ?? RunAsync(_remove, entry, ct);

    /// <summary>Writes what was queued (nothing to do unless queued); the caller then commits.</summary>
    public Task FlushAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        _queued?.Write();
        return Task.CompletedTask;
    }

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
        _queued?.Dispose();
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

    /// <summary>
    /// An import's index writes, kept until its transaction is about to commit, then written in rising rowid order
    /// (see <see cref="Write"/>): FTS5 flushes its pending terms to a new segment whenever a rowid comes lower than
    /// the last one (or an addition repeats it), so the transaction's ten batches, each in its own sort-key order,
    /// would otherwise cost a segment each, and more merging later; with the index's 32 MB <c>hashsize</c> (the
    /// <c>FullTextHashSize</c> migration) a transaction makes one segment, or a few. The statements are
    /// <see cref="RawStatement"/>s. The queued text is kept as UTF-8 in pooled 1 MB chunks, not as the articles'
    /// strings: those would live through ten batches, so the garbage collector would promote them to its oldest
    /// generation, where ten thousand long bodies a transaction piled up (810 against 476 MB peak at 100,000 long
    /// articles, before the chunks).
    /// </summary>
    private sealed class QueuedWrites(SQLitePCL.sqlite3 db) : IDisposable
    {
        private const int ChunkBytes = 1 << 20;

        /// <summary>Chunks are reused from one transaction to the next (and one import to the next) instead of collected.</summary>
        private static readonly System.Buffers.ArrayPool<byte> s_chunks = System.Buffers.ArrayPool<byte>.Create(ChunkBytes, 64);

        private readonly RawStatement _add = new(db, $"INSERT INTO {Table}(rowid, Title, Body, Source) VALUES (?1, ?2, ?3, ?4);");
        private readonly RawStatement _remove = new(db, $"INSERT INTO {Table}({Table}, rowid, Title, Body, Source) VALUES ('delete', ?1, ?2, ?3, ?4);");
        private readonly Dictionary<long, Queued> _additions = [];
        private readonly List<Queued> _removals = [];
        private readonly List<byte[]> _chunks = [];
        private int _used = ChunkBytes;

        public Task Add(Entry entry)
        {
            if (_additions.ContainsKey(entry.SortKey))
            {
                throw new InvalidOperationException($"Two index entries for rowid {entry.SortKey} in one transaction.");
            }
            _additions[entry.SortKey] = Keep(entry, remove: false);
            return Task.CompletedTask;
        }

        /// <summary>Removing an entry still queued only takes it out of the queue.</summary>
        public Task Remove(Entry entry)
        {
            if (_additions.TryGetValue(entry.SortKey, out var queued) && Same(queued.Title, entry.Title) && Same(queued.Body, entry.Body)
                && (queued.Source is { } source ? entry.Source is not null && Same(source, entry.Source) : entry.Source is null))
            {
                _additions.Remove(entry.SortKey);
            }
            else
            {
                _removals.Add(Keep(entry, remove: true));
            }
            return Task.CompletedTask;
        }

        /// <summary>
        /// One pass in rising rowid order, a removal before an addition at the same rowid: FTS5 starts a new segment only
        /// when a rowid goes down or an addition repeats one, so the whole queue makes one segment.
        /// </summary>
        public void Write()
        {
            var writes = new List<Queued>(_removals.Count + _additions.Count);
            writes.AddRange(_removals);
            writes.AddRange(_additions.Values);
            _removals.Clear();
            _additions.Clear();
            writes.Sort(static (a, b) => a.SortKey != b.SortKey ? a.SortKey.CompareTo(b.SortKey) : b.Remove.CompareTo(a.Remove));
            foreach (var write in writes)
            {
                var statement = write.Remove ? _remove : _add;
                statement.Bind(1, write.SortKey);
                statement.BindUtf8(2, Bytes(write.Title));
                statement.BindUtf8(3, Bytes(write.Body));
                if (write.Source is { } source)
                {
                    statement.BindUtf8(4, Bytes(source));
                }
                else
                {
                    statement.BindNull(4);
                }
                statement.Execute();
            }
            ReturnChunks();
        }

        public void Dispose()
        {
            _add.Dispose();
            _remove.Dispose();
            ReturnChunks();
        }

        private Queued Keep(Entry entry, bool remove) =>
            new(entry.SortKey, remove, Copy(entry.Title), Copy(entry.Body), entry.Source is null ? null : Copy(entry.Source));

        /// <summary>The text as UTF-8 at the end of the last chunk (a new chunk when it does not fit; one of its own when over a chunk).</summary>
        private Text Copy(string text)
        {
            var length = System.Text.Encoding.UTF8.GetByteCount(text);
            if (_chunks.Count == 0 || length > ChunkBytes - _used)
            {
                _chunks.Add(length > ChunkBytes ? new byte[length] : s_chunks.Rent(ChunkBytes));
                _used = 0;
            }
            var chunk = _chunks.Count - 1;
            var start = _used;
            _used += System.Text.Encoding.UTF8.GetBytes(text, _chunks[chunk].AsSpan(start));
            if (length > ChunkBytes)
            {
                _used = ChunkBytes;
            }
            return new Text(chunk, start, length);
        }

        private ReadOnlySpan<byte> Bytes(Text text) => _chunks[text.Chunk].AsSpan(text.Start, text.Length);

        private bool Same(Text queued, string text)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            return Bytes(queued).SequenceEqual(bytes);
        }

        private void ReturnChunks()
        {
            foreach (var chunk in _chunks)
            {
                if (chunk.Length == ChunkBytes)
                {
                    s_chunks.Return(chunk);
                }
            }
            _chunks.Clear();
            _used = ChunkBytes;
        }

        /// <summary>Where a queued text's UTF-8 bytes are.</summary>
        private readonly record struct Text(int Chunk, int Start, int Length);

        private sealed record Queued(long SortKey, bool Remove, Text Title, Text Body, Text? Source);
    }
}
