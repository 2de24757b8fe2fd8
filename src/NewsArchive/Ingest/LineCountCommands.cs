using System.Data.Common;
using System.Globalization;

namespace NewsArchive.Ingest;

/// <summary>
/// Applies a batch's line-count changes on the import's connection and transaction with prepared single-row
/// statements. Deliberately no UPSERT, UPDATE or RETURNING: a statement that may write several rows and abort
/// opens a statement journal, and FTS5 flushes its pending terms at every such savepoint (see ImportSession).
/// </summary>
internal sealed class LineCountCommands : IDisposable
{
    private readonly DbCommand _select;
    private readonly DbCommand _replace;
    private readonly DbCommand _delete;

    public LineCountCommands(DbConnection connection, DbTransaction transaction)
    {
        _select = ArticleCommands.Create(connection, transaction, "SELECT Files FROM LineCounts WHERE Hash = @Hash;", ["Hash"]);
        _replace = ArticleCommands.Create(connection, transaction, "INSERT OR REPLACE INTO LineCounts (Hash, Files) VALUES (@Hash, @Files);", ["Hash", "Files"]);
        _delete = ArticleCommands.Create(connection, transaction, "DELETE FROM LineCounts WHERE Hash = @Hash;", ["Hash"]);
    }

    /// <summary>Applies the changes; a line that now appears in enough articles and is not yet known is learned.</summary>
    public async Task ApplyAsync(BatchLines lines, LearnedLines learned, CancellationToken ct)
    {
        foreach (var change in lines.InKeyOrder())
        {
            var files = await CountAsync(change.Hash, ct) + change.Delta;
            if (files <= 0)
            {
                await ExecuteAsync(_delete, change.Hash, null, ct);
                continue;
            }
            await ExecuteAsync(_replace, change.Hash, files, ct);
            if (files >= BoilerplateLearner.MinFiles && !learned.Contains(unchecked((ulong)change.Hash)))
            {
                learned.Learn(change.Text());
            }
        }
        lines.Clear();
    }

    public async Task<int> CountAsync(long hash, CancellationToken ct)
    {
        _select.Parameters["@Hash"].Value = hash;
        var value = await _select.ExecuteScalarAsync(ct);
        return value is null or DBNull ? 0 : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbCommand command, long hash, int? files, CancellationToken ct)
    {
        command.Parameters["@Hash"].Value = hash;
        if (files is { } count)
        {
            command.Parameters["@Files"].Value = count;
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
