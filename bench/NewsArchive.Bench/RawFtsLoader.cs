using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NewsArchive.Importing;
using SQLitePCL;

namespace NewsArchive.Bench;

/// <summary>
/// The engine's own bulk-load rate, the fastest bare FTS5 load of the same files written here: no app code but
/// the folder listing (the same files the app imports). Each file's bytes are bound as UTF-8 straight into one
/// prepared <c>INSERT</c> (SQLitePCLRaw, no string conversion either way), its first non-blank line as the title
/// and the rest as the body, into a plain FTS5 table that stores the content itself, with the app's tokenizer.
/// <see cref="BatchSize"/> rows a transaction; the next chunk of files is read on another thread while one is
/// inserted; WAL, <c>synchronous=NORMAL</c>, the app's 32 MB import page cache and its 8 KB pages, so durability is the app's.
/// </summary>
internal static class RawFtsLoader
{
    /// <summary>Rows a transaction: larger ones measured no faster (FTS5 flushes its pending terms by size anyway).</summary>
    public static int BatchSize { get; set; } = 10_000;

    public static ImportFigures Load(string corpus, string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        // The app's page size for a new archive too: 8 KB pages load this table faster as well (9.1 against 10.6 CPU s at 100,000 short articles).
        Execute(connection, $"PRAGMA page_size={NewsArchive.Data.ArchiveDatabase.PageSize}; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;");
        Execute(connection, "CREATE VIRTUAL TABLE Raw USING fts5(Title, Body, Source, tokenize='porter unicode61 remove_diacritics 2');");
        var stopwatch = Stopwatch.StartNew();
        var files = SeedFolder.Enumerate(corpus);
        var db = connection.Handle!;
        Check(db, raw.sqlite3_prepare_v2(db, "INSERT INTO Raw (Title, Body, Source) VALUES (?1, ?2, NULL)", out var insert));
        using (insert)
        {
            var chunks = files.Chunk(BatchSize).GetEnumerator();
            var next = chunks.MoveNext() ? ReadAsync(chunks.Current) : null;
            while (next is not null)
            {
                var texts = next.Result;
                next = chunks.MoveNext() ? ReadAsync(chunks.Current) : null;
                Check(db, raw.sqlite3_exec(db, "BEGIN"));
                foreach (var text in texts)
                {
                    var (title, body) = Split(text);
                    Check(db, raw.sqlite3_bind_text(insert, 1, title.Span));
                    Check(db, raw.sqlite3_bind_text(insert, 2, body.Span));
                    if (raw.sqlite3_step(insert) != raw.SQLITE_DONE)
                    {
                        throw new InvalidOperationException("The raw insert failed: " + raw.sqlite3_errmsg(db).utf8_to_string());
                    }
                    raw.sqlite3_reset(insert);
                }
                Check(db, raw.sqlite3_exec(db, "COMMIT"));
            }
        }
        return new ImportFigures(files.Count, stopwatch.Elapsed.TotalSeconds, 0);
    }

    /// <summary>Reads a chunk of files on the thread pool (unreadable ones count as empty, as the engine has nothing to index).</summary>
    private static Task<byte[][]> ReadAsync(SeedFile[] files) => Task.Run(() => files.Select(f =>
    {
        try
        {
            return File.ReadAllBytes(f.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }).ToArray());

    /// <summary>The first non-blank line and what follows it, as spans of the file's bytes.</summary>
    private static (ReadOnlyMemory<byte> Title, ReadOnlyMemory<byte> Body) Split(byte[] text)
    {
        var start = 0;
        while (start < text.Length && text[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }
        var newline = Array.IndexOf(text, (byte)'\n', start);
        return newline < 0
            ? (text.AsMemory(start), ReadOnlyMemory<byte>.Empty)
            : (text.AsMemory(start, newline - start), text.AsMemory(newline + 1));
    }

    private static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite error {rc}: {raw.sqlite3_errmsg(db).utf8_to_string()}");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
