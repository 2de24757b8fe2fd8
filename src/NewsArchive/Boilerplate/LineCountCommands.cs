using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Runtime.InteropServices;
using NewsArchive.Data;

namespace NewsArchive.Boilerplate;

/// <summary>
/// Applies a batch's line-count changes on the import's connection and transaction with three statements a
/// batch, whatever its number of lines: the stored rows of the batch's lines are read in one query, and the new
/// counts written (and the lines no longer in any article deleted) each in one statement over a JSON array, in
/// hash order. A short-article batch changes ~6 lines an article, and two prepared statements a line cost more
/// than the article's own row. Those multi-row statements open a statement journal, at which FTS5 flushes its
/// pending terms; they run after the batch's last index write, so the batch still makes one segment (a test
/// checks it). While a line is in fewer than <see cref="BoilerplateLearner.MinFiles"/> articles its row also
/// lists them, so when it is learned the articles parsed before are known without searching the archive.
/// </summary>
internal sealed class LineCountCommands : IDisposable
{
    private readonly DbCommand _select;
    private readonly DbCommand _replace;
    private readonly DbCommand _delete;

    public LineCountCommands(DbConnection connection, DbTransaction transaction)
    {
        _select = PreparedCommands.Create(connection, transaction,
            "SELECT Hash, Files, Articles FROM LineCounts WHERE Hash IN (SELECT value FROM json_each(@Hashes));", ["Hashes"]);
        _replace = PreparedCommands.Create(connection, transaction,
            "INSERT OR REPLACE INTO LineCounts (Hash, Files, Articles) "
            + "SELECT value ->> 0, value ->> 1, unhex(value ->> 2) FROM json_each(@Rows);", ["Rows"]);
        _delete = PreparedCommands.Create(connection, transaction,
            "DELETE FROM LineCounts WHERE Hash IN (SELECT value FROM json_each(@Hashes));", ["Hashes"]);
    }

    /// <summary>
    /// Applies the changes; a line that now appears in enough articles and is not yet known is learned. The
    /// batch's files were parsed when <paramref name="learnedAtParse"/> lines had been learned during the import.
    /// </summary>
    public async Task ApplyAsync(BatchLines lines, LearnedLines learned, int learnedAtParse, CancellationToken ct)
    {
        var changes = lines.InKeyOrder();
        if (changes.Count > 0)
        {
            var stored = await ReadAsync(changes, ct);
            var rows = new StringBuilder("[");
            var gone = new StringBuilder("[");
            foreach (var change in changes)
            {
                var (before, articles) = stored.TryGetValue(change.Hash, out var row) ? row : (0, []);
                var files = before + change.Delta;
                // The list is complete only if it has one id per article; a line that was learned and fell back has none.
                var known = articles.Count == before;
                articles.RemoveAll(change.Removed.Contains);
                articles.AddRange(change.Added);
                if (files <= 0)
                {
                    Append(gone, change.Hash);
                    continue;
                }
                var listed = files < BoilerplateLearner.MinFiles;
                AppendRow(rows, change.Hash, files, listed ? articles : null);
                if (!listed && !learned.Contains(unchecked((ulong)change.Hash)))
                {
                    learned.Learn(change.Text(), known ? articles : null);
                }
                else if (!listed)
                {
                    learned.ParsedWithout(unchecked((ulong)change.Hash), change.Added, learnedAtParse);
                }
            }
            await ExecuteAsync(_delete, gone, ct);
            await ExecuteAsync(_replace, rows, ct);
        }
        lines.Clear();
    }

    /// <summary>The stored count and article list of each changed line that has a row.</summary>
    private async Task<Dictionary<long, (int Files, List<int> Articles)>> ReadAsync(List<BatchLines.Change> changes, CancellationToken ct)
    {
        var hashes = new StringBuilder("[");
        foreach (var change in changes)
        {
            Append(hashes, change.Hash);
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
    }
}
