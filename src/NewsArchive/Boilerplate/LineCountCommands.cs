using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using NewsArchive.Data;

namespace NewsArchive.Boilerplate;

/// <summary>
/// Applies line-count changes on the caller's connection and transaction, or stores them to be applied later.
/// <para>
/// Applying walks the changes in hash order (the key order of <c>LineCounts</c>, so the B-tree is walked once), each
/// changed line's stored row read and its new row written (or, when the line is in no article any more, deleted) by
/// single-row statements prepared once and bound by position (<see cref="RawStatement"/>). While a line is in fewer
/// than <see cref="BoilerplateLearner.MinFiles"/> articles its row also lists them, so when it is learned the
/// articles parsed before are known without searching the archive. The import applies the counts before writing its
/// queued index entries, so a transaction still makes one FTS5 segment (a test checks it).
/// </para>
/// <para>
/// Deferring stores a transaction's changes as one row of <c>LineCountChanges</c> (appended: it dirties a few
/// pages, where applying dirties pages all over the <c>LineCounts</c> B-tree, whose key is a hash). Whoever applies
/// next applies the stored changes with its own and deletes them in the same transaction, so what is committed is
/// always the counts plus the changes waiting: a crash loses neither. Every reader of the counts applies the
/// waiting changes first (the import at its start and its end, <see cref="BoilerplateLearner.ForgetAsync"/>).
/// </para>
/// </summary>
internal sealed class LineCountCommands : IDisposable
{
    private readonly RawStatement _select;
    private readonly RawStatement _replace;
    private readonly RawStatement _delete;
    private readonly DbCommand _readArticle;
    private readonly DbCommand _defer;
    private readonly DbCommand _readDeferred;
    private readonly DbCommand _deleteDeferred;
    private readonly DbCommand _countRows;

    public LineCountCommands(DbConnection connection, DbTransaction transaction)
    {
        var sqlite = (Microsoft.Data.Sqlite.SqliteConnection)connection;
        _select = new RawStatement(sqlite, "SELECT Files, Articles FROM LineCounts WHERE Hash = ?1;");
        _replace = new RawStatement(sqlite, "INSERT OR REPLACE INTO LineCounts (Hash, Files, Articles) VALUES (?1, ?2, ?3);");
        _delete = new RawStatement(sqlite, "DELETE FROM LineCounts WHERE Hash = ?1;");
        _readArticle = PreparedCommands.Create(connection, transaction, "SELECT RawText, LineRoles FROM Articles WHERE Id = @Id;", ["Id"]);
        _defer = PreparedCommands.Create(connection, transaction, "INSERT INTO LineCountChanges (Changes) VALUES (@Changes);", ["Changes"]);
        _readDeferred = PreparedCommands.Create(connection, transaction, "SELECT Changes FROM LineCountChanges ORDER BY Id;", []);
        _deleteDeferred = PreparedCommands.Create(connection, transaction, "DELETE FROM LineCountChanges;", []);
        _countRows = PreparedCommands.Create(connection, transaction, "SELECT count(*) FROM LineCounts;", []);
    }

    /// <summary>How many lines have a row (read once by an import, to decide when to apply).</summary>
    public async Task<long> CountRowsAsync(CancellationToken ct) =>
        Convert.ToInt64(await _countRows.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);

    /// <summary>Stores the changes to be applied later, in this transaction, and clears them.</summary>
    public async Task DeferAsync(BatchLines lines, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count > 0)
        {
            _defer.Parameters[0].Value = lines.ToBytes();
            await _defer.ExecuteNonQueryAsync(ct);
            _defer.Parameters[0].Value = null;
        }
        lines.Clear();
    }

    /// <summary>
    /// Applies the changes and those stored to wait (deleting them); a line that now appears in enough articles and
    /// is not yet known is learned. The changes' files were parsed when <paramref name="learnedAtParse"/> lines had
    /// been learned during the import (or later). Returns by how much the number of rows changed.
    /// </summary>
    public async Task<long> ApplyAsync(BatchLines lines, LearnedLines learned, int learnedAtParse, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(learned);
        if (await ReadDeferredAsync(lines, ct))
        {
            await _deleteDeferred.ExecuteNonQueryAsync(ct);
        }
        var deltas = lines.InKeyOrder();
        var rowsAdded = 0L;
        var toLearn = new List<Learning>();
        for (var at = 0; at < deltas.Count;)
        {
            var hash = deltas[at].Hash;
            var (added, removed) = Net(deltas, ref at);
            if (added.Count == 0 && removed.Count == 0)
            {
                // An update that keeps a line removes and adds the same article: nothing to write.
                continue;
            }
            var (exists, before, articles) = Read(hash);
            var files = before + added.Count - removed.Count;
            // The list is complete only if it has one id per article; a line that was learned and fell back has none.
            var known = articles.Count == before;
            articles.RemoveAll(removed.Contains);
            articles.AddRange(added);
            if (files <= 0)
            {
                if (exists)
                {
                    _delete.Bind(1, hash);
                    _delete.Execute();
                    rowsAdded--;
                }
                continue;
            }
            rowsAdded += exists ? 0 : 1;
            var listed = files < BoilerplateLearner.MinFiles;
            Write(hash, files, listed ? articles : null);
            if (!listed && !learned.Contains(unchecked((ulong)hash)))
            {
                toLearn.Add(new Learning(hash, known ? articles : null, added));
            }
            else if (!listed)
            {
                learned.ParsedWithout(unchecked((ulong)hash), added, learnedAtParse);
            }
        }
        lines.Clear();
        foreach (var line in toLearn)
        {
            if (await TextAsync(line, ct) is { } text)
            {
                learned.Learn(text, line.Articles);
            }
        }
        return rowsAdded;
    }

    /// <summary>The articles that, all changes to the line at <paramref name="at"/> summed, gained it and lost it; moves past the line.</summary>
    private static (List<int> Added, List<int> Removed) Net(IReadOnlyList<LineDelta> deltas, ref int at)
    {
        var hash = deltas[at].Hash;
        var added = new List<int>();
        var removed = new List<int>();
        while (at < deltas.Count && deltas[at].Hash == hash)
        {
            var article = deltas[at].Article;
            var net = 0;
            for (; at < deltas.Count && deltas[at].Hash == hash && deltas[at].Article == article; at++)
            {
                net += deltas[at].Sign;
            }
            (net > 0 ? added : net < 0 ? removed : null)?.Add(article);
        }
        return (added, removed);
    }

    /// <summary>A learned line's text, read back from an article that gained it (the changes keep no text), or null if none has it.</summary>
    private async Task<string?> TextAsync(Learning line, CancellationToken ct)
    {
        foreach (var id in line.Added)
        {
            _readArticle.Parameters[0].Value = id;
            string rawText, lineRoles;
            await using (var reader = await _readArticle.ExecuteReaderAsync(ct))
            {
                if (!await reader.ReadAsync(ct))
                {
                    continue;
                }
                (rawText, lineRoles) = (reader.GetString(0), reader.GetString(1));
            }
            foreach (var (candidate, _) in ArchiveLines.Candidates(rawText, lineRoles))
            {
                if (unchecked((long)LineKey.Of(candidate)) == line.Hash)
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    /// <summary>Adds the stored waiting changes to <paramref name="lines"/>; false when there were none.</summary>
    private async Task<bool> ReadDeferredAsync(BatchLines lines, CancellationToken ct)
    {
        var any = false;
        await using var reader = await _readDeferred.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            lines.AddBytes((byte[])reader.GetValue(0));
            any = true;
        }
        return any;
    }

    /// <summary>Whether the line has a row, its stored count and its article list (empty when the row lists none).</summary>
    private (bool Exists, int Files, List<int> Articles) Read(long hash)
    {
        _select.Bind(1, hash);
        try
        {
            return _select.Step()
                ? (true, _select.GetInt32(0), _select.IsNull(1) ? [] : [.. MemoryMarshal.Cast<byte, int>(_select.GetBlob(1))])
                : (false, 0, []);
        }
        finally
        {
            _select.Reset();
        }
    }

    /// <summary>The line's row: its count and, while it is listed, its article ids as little-endian int32s (null: not listed).</summary>
    private void Write(long hash, int files, List<int>? articles)
    {
        _replace.Bind(1, hash);
        _replace.Bind(2, files);
        if (articles is null)
        {
            _replace.BindNull(3);
        }
        else
        {
            _replace.BindBlob(3, MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(articles)));
        }
        _replace.Execute();
    }

    public void Dispose()
    {
        _select.Dispose();
        _replace.Dispose();
        _delete.Dispose();
        _readArticle.Dispose();
        _defer.Dispose();
        _readDeferred.Dispose();
        _deleteDeferred.Dispose();
        _countRows.Dispose();
    }

    /// <summary>A line that reached the threshold: its hash, the articles that have it (null: not known), those that gained it now.</summary>
    private sealed record Learning(long Hash, List<int>? Articles, List<int> Added);
}
