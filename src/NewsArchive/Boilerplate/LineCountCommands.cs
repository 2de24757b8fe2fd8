using System.Data.Common;
using System.Runtime.InteropServices;
using NewsArchive.Data;

namespace NewsArchive.Boilerplate;

/// <summary>
/// Applies a batch's line-count changes on the import's connection and transaction with prepared single-row
/// statements. Deliberately no UPSERT, UPDATE or RETURNING: a statement that may write several rows and abort
/// opens a statement journal, and FTS5 flushes its pending terms at every such savepoint (see the importer's session).
/// While a line is in fewer than <see cref="BoilerplateLearner.MinFiles"/> articles its row also lists them, so
/// when it is learned the articles parsed before are known without searching the archive.
/// </summary>
internal sealed class LineCountCommands : IDisposable
{
    private readonly DbCommand _select;
    private readonly DbCommand _replace;
    private readonly DbCommand _delete;

    public LineCountCommands(DbConnection connection, DbTransaction transaction)
    {
        _select = PreparedCommands.Create(connection, transaction, "SELECT Files, Articles FROM LineCounts WHERE Hash = @Hash;", ["Hash"]);
        _replace = PreparedCommands.Create(connection, transaction,
            "INSERT OR REPLACE INTO LineCounts (Hash, Files, Articles) VALUES (@Hash, @Files, @Articles);", ["Hash", "Files", "Articles"]);
        _delete = PreparedCommands.Create(connection, transaction, "DELETE FROM LineCounts WHERE Hash = @Hash;", ["Hash"]);
    }

    /// <summary>
    /// Applies the changes; a line that now appears in enough articles and is not yet known is learned. The
    /// batch's files were parsed when <paramref name="learnedAtParse"/> lines had been learned during the import.
    /// </summary>
    public async Task ApplyAsync(BatchLines lines, LearnedLines learned, int learnedAtParse, CancellationToken ct)
    {
        foreach (var change in lines.InKeyOrder())
        {
            var (before, articles) = await ReadAsync(change.Hash, ct);
            var files = before + change.Delta;
            // The list is complete only if it has one id per article; a line that was learned and fell back has none.
            var known = articles.Count == before;
            articles.RemoveAll(change.Removed.Contains);
            articles.AddRange(change.Added);
            if (files <= 0)
            {
                await ExecuteAsync(_delete, change.Hash, null, null, ct);
                continue;
            }
            var listed = files < BoilerplateLearner.MinFiles;
            await ExecuteAsync(_replace, change.Hash, files, listed ? articles : null, ct);
            if (!listed && !learned.Contains(unchecked((ulong)change.Hash)))
            {
                learned.Learn(change.Text(), known ? articles : null);
            }
            else if (!listed)
            {
                learned.ParsedWithout(unchecked((ulong)change.Hash), change.Added, learnedAtParse);
            }
        }
        lines.Clear();
    }

    private async Task<(int Files, List<int> Articles)> ReadAsync(long hash, CancellationToken ct)
    {
        _select.Parameters["@Hash"].Value = hash;
        await using var reader = await _select.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return (0, []);
        }
        var files = reader.GetInt32(0);
        return (files, reader.IsDBNull(1) ? [] : [.. MemoryMarshal.Cast<byte, int>((byte[])reader.GetValue(1))]);
    }

    private static async Task ExecuteAsync(DbCommand command, long hash, int? files, List<int>? articles, CancellationToken ct)
    {
        command.Parameters["@Hash"].Value = hash;
        if (files is { } count)
        {
            command.Parameters["@Files"].Value = count;
            command.Parameters["@Articles"].Value = articles is null ? DBNull.Value : MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(articles)).ToArray();
        }
        await command.ExecuteNonQueryAsync(ct);
    }

    public void Dispose()
    {
        _select.Dispose();
        _replace.Dispose();
        _delete.Dispose();
    }
}
