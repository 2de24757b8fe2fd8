using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Runtime.InteropServices;
using NewsArchive.Data;

namespace NewsArchive.Boilerplate;

/// <summary>
/// Applies line-count changes on the caller's connection and transaction, or stores them to be applied later.
/// <para>
/// Applying walks the changes in hash order, a few thousand lines to a round of three statements whatever their
/// number of changes: the stored rows of the round's lines are read in one query, and the new counts written (and
/// the lines no longer in any article deleted) each in one statement over a JSON array. Those multi-row statements
/// open a statement journal, at which FTS5 flushes its pending terms; the import applies them before writing its
/// queued index entries, so a transaction still makes one segment (a test checks it). While a line is in fewer
/// than <see cref="BoilerplateLearner.MinFiles"/> articles its row also lists them, so when it is learned the
/// articles parsed before are known without searching the archive.
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
    /// <summary>
    /// Lines a round of statements: bounds the JSON built and the stored rows read at once. Small enough that a
    /// round's JSON stays under the large-object heap's 85 KB (large objects are collected only with the oldest
    /// generation; with 8,192 lines a round, the large-object heap grew from ~46 to 114–151 MB in the last minutes of a
    /// 1,000,000-article import, when its waiting changes are applied).
    /// </summary>
    private const int LinesPerRound = 512;

    private readonly DbCommand _select;
    private readonly DbCommand _replace;
    private readonly DbCommand _delete;
    private readonly DbCommand _readArticle;
    private readonly DbCommand _defer;
    private readonly DbCommand _readDeferred;
    private readonly DbCommand _deleteDeferred;
    private readonly DbCommand _countRows;

    public LineCountCommands(DbConnection connection, DbTransaction transaction)
    {
        _select = PreparedCommands.Create(connection, transaction,
            "SELECT Hash, Files, Articles FROM LineCounts WHERE Hash IN (SELECT value FROM json_each(@Hashes));", ["Hashes"]);
        _replace = PreparedCommands.Create(connection, transaction,
            "INSERT OR REPLACE INTO LineCounts (Hash, Files, Articles) "
            + "SELECT value ->> 0, value ->> 1, unhex(value ->> 2) FROM json_each(@Rows);", ["Rows"]);
        _delete = PreparedCommands.Create(connection, transaction,
            "DELETE FROM LineCounts WHERE Hash IN (SELECT value FROM json_each(@Hashes));", ["Hashes"]);
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
        for (var round = 0; round < deltas.Count;)
        {
            var end = RoundEnd(deltas, round);
            var stored = await ReadAsync(deltas, round, end, ct);
            var rows = new StringBuilder("[");
            var gone = new StringBuilder("[");
            for (var at = round; at < end;)
            {
                var hash = deltas[at].Hash;
                var (added, removed) = Net(deltas, ref at);
                if (added.Count == 0 && removed.Count == 0)
                {
                    // An update that keeps a line removes and adds the same article: nothing to write.
                    continue;
                }
                var exists = stored.TryGetValue(hash, out var row);
                var (before, articles) = exists ? row : (0, []);
                var files = before + added.Count - removed.Count;
                // The list is complete only if it has one id per article; a line that was learned and fell back has none.
                var known = articles.Count == before;
                articles.RemoveAll(removed.Contains);
                articles.AddRange(added);
                if (files <= 0)
                {
                    Append(gone, hash);
                    rowsAdded -= exists ? 1 : 0;
                    continue;
                }
                rowsAdded += exists ? 0 : 1;
                var listed = files < BoilerplateLearner.MinFiles;
                AppendRow(rows, hash, files, listed ? articles : null);
                if (!listed && !learned.Contains(unchecked((ulong)hash)))
                {
                    toLearn.Add(new Learning(hash, known ? articles : null, added));
                }
                else if (!listed)
                {
                    learned.ParsedWithout(unchecked((ulong)hash), added, learnedAtParse);
                }
            }
            await ExecuteAsync(_delete, gone, ct);
            await ExecuteAsync(_replace, rows, ct);
            round = end;
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

    /// <summary>The end of the round of at most <see cref="LinesPerRound"/> lines that starts at <paramref name="start"/>.</summary>
    private static int RoundEnd(IReadOnlyList<LineDelta> deltas, int start)
    {
        var end = start;
        for (var lines = 0; end < deltas.Count && lines < LinesPerRound; lines++)
        {
            var hash = deltas[end].Hash;
            while (end < deltas.Count && deltas[end].Hash == hash)
            {
                end++;
            }
        }
        return end;
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

    /// <summary>The stored count and article list of each line of the round that has a row.</summary>
    private async Task<Dictionary<long, (int Files, List<int> Articles)>> ReadAsync(IReadOnlyList<LineDelta> deltas, int start, int end, CancellationToken ct)
    {
        var hashes = new StringBuilder("[");
        for (var at = start; at < end; at++)
        {
            if (at == start || deltas[at].Hash != deltas[at - 1].Hash)
            {
                Append(hashes, deltas[at].Hash);
            }
        }
        _select.Parameters["@Hashes"].Value = hashes.Append(']').ToString();
        var stored = new Dictionary<long, (int, List<int>)>();
        await using var reader = await _select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            stored[reader.GetInt64(0)] = (reader.GetInt32(1), reader.IsDBNull(2) ? [] : [.. MemoryMarshal.Cast<byte, int>((byte[])reader.GetValue(2))]);
        }
        return stored;
    }

    private static void Append(StringBuilder json, long hash) =>
        json.Append(json.Length > 1 ? "," : "").Append(hash.ToString(CultureInfo.InvariantCulture));

    /// <summary>[hash, files, "hex of the article ids as little-endian int32s" or null]: the blob format the row keeps.</summary>
    private static void AppendRow(StringBuilder json, long hash, int files, List<int>? articles)
    {
        json.Append(json.Length > 1 ? ",[" : "[").Append(hash.ToString(CultureInfo.InvariantCulture)).Append(',')
            .Append(files.ToString(CultureInfo.InvariantCulture)).Append(',');
        if (articles is null)
        {
            json.Append("null]");
            return;
        }
        json.Append('"').Append(Convert.ToHexString(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(articles)))).Append("\"]");
    }

    private static async Task ExecuteAsync(DbCommand command, StringBuilder json, CancellationToken ct)
    {
        if (json.Length == 1)
        {
            return;
        }
        command.Parameters[0].Value = json.Append(']').ToString();
        await command.ExecuteNonQueryAsync(ct);
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
