using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;

namespace NewsArchive.Bench;

/// <summary>
/// The engine's own bulk-load rate, with no app code: each file read, its first non-blank line taken as the
/// title and the rest as the body, inserted through one prepared statement into a plain FTS5 table (same
/// tokenizer as the app), 1,000 rows a transaction, WAL and synchronous=NORMAL.
/// </summary>
internal static class RawFtsLoader
{
    public const int BatchSize = 1000;

    public static ImportFigures Load(string corpus, string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        Execute(connection, "CREATE VIRTUAL TABLE Raw USING fts5(Title, Body, Source, tokenize='porter unicode61 remove_diacritics 2');");
        var stopwatch = Stopwatch.StartNew();
        var files = Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Raw (Title, Body, Source) VALUES ($title, $body, NULL)";
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        insert.Prepare();
        foreach (var batch in files.Chunk(BatchSize))
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            foreach (var file in batch)
            {
                var text = Encoding.UTF8.GetString(File.ReadAllBytes(file)).TrimStart();
                var newline = text.IndexOf('\n', StringComparison.Ordinal);
                title.Value = newline < 0 ? text : text[..newline];
                body.Value = newline < 0 ? "" : text[(newline + 1)..];
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        return new ImportFigures(files.Count, stopwatch.Elapsed.TotalSeconds, 0);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
