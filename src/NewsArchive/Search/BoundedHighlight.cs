using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsArchive.Search;

/// <summary>
/// Marks matches at a cost bounded whatever the article. FTS5's <c>snippet()</c> costs the square of the matches in
/// a document and <c>highlight()</c> the matches times the document's length, so an article repeating a word
/// 80,000 times took minutes. Here the text is cut into pieces of at most <see cref="PieceChars"/> characters (at
/// spaces), at most <see cref="MaxMarkedChars"/> of it, put in a private TEMP FTS5 table with the archive's own
/// tokenizer, and marked piece by piece; text past the bound is shown unmarked.
/// </summary>
internal static class BoundedHighlight
{
    /// <summary>Articles with more words than this get their snippet from their first <see cref="SnippetChars"/> characters.</summary>
    public const int MaxWordsForFullSnippet = 2_000;

    public const int SnippetChars = 10_000;
    public const int PieceChars = 2_000;
    public const int MaxMarkedChars = 200_000;

    // The same tokenizer as the archive's index (FullTextIndex), so the same words match.
    private const string Create = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.MarkWindow USING fts5(Title, Body, Source, tokenize='porter unicode61 remove_diacritics 2')";

    /// <summary>Snippets of the given texts (key → Body excerpt), for those that contain a term; the others are left out.</summary>
    public static async Task<Dictionary<long, string>> SnippetsAsync(SqliteConnection connection, IReadOnlyDictionary<long, string> bodies, string expression, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        await ResetAsync(connection, ct);
        try
        {
            foreach (var (key, body) in bodies)
            {
                await InsertAsync(connection, key, "", body.Length > SnippetChars ? body[..SnippetChars] : body, ct);
            }
            var snippets = new Dictionary<long, string>();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT rowid, snippet(MarkWindow, 1, $open, $close, '…', 24) FROM temp.MarkWindow WHERE MarkWindow MATCH $match";
            AddMarkers(command, expression);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                snippets[reader.GetInt64(0)] = reader.GetString(1);
            }
            return snippets;
        }
        finally
        {
            await ResetAsync(connection, CancellationToken.None);
        }
    }

    /// <summary>Title and body with the terms of <paramref name="expression"/> marked (the body up to <see cref="MaxMarkedChars"/>).</summary>
    public static async Task<(string Title, string Body)> MarkAsync(SqliteConnection connection, string title, string body, string expression, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        var pieces = Pieces(body.Length > MaxMarkedChars ? body[..Cut(body, MaxMarkedChars)] : body);
        var tail = body[pieces.Sum(p => p.Length)..];
        await ResetAsync(connection, ct);
        try
        {
            await InsertAsync(connection, 0, title, "", ct);
            for (var i = 0; i < pieces.Count; i++)
            {
                await InsertAsync(connection, i + 1, "", pieces[i], ct);
            }
            var marked = new string[pieces.Count + 1];
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT rowid, highlight(MarkWindow, 0, $open, $close), highlight(MarkWindow, 1, $open, $close) FROM temp.MarkWindow WHERE MarkWindow MATCH $match";
                AddMarkers(command, expression);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var row = reader.GetInt64(0);
                    marked[row] = row == 0 ? reader.GetString(1) : reader.GetString(2);
                }
            }
            var text = string.Concat(pieces.Select((p, i) => marked[i + 1] ?? p)) + tail;
            return (marked[0] ?? title, text);
        }
        finally
        {
            await ResetAsync(connection, CancellationToken.None);
        }
    }

    /// <summary>The text in pieces of at most <see cref="PieceChars"/> characters, cut after a space (so never inside a word); together they are the text.</summary>
    internal static List<string> Pieces(string text)
    {
        var pieces = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var length = Cut(text.AsSpan(start), PieceChars);
            pieces.Add(text.Substring(start, length));
            start += length;
        }
        return pieces;
    }

    // The length of the longest start of the text of at most max characters that ends after whitespace (else max).
    private static int Cut(ReadOnlySpan<char> text, int max)
    {
        if (text.Length <= max)
        {
            return text.Length;
        }
        for (var i = max; i > max / 2; i--)
        {
            if (char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }
        // One very long token: cut it anyway, not between the halves of a surrogate pair.
        return char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }

    private static async Task ResetAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Create + "; DELETE FROM temp.MarkWindow;";
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task InsertAsync(SqliteConnection connection, long rowid, string title, string body, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO temp.MarkWindow (rowid, Title, Body, Source) VALUES ($rowid, $title, $body, '')";
        command.Parameters.AddWithValue("$rowid", rowid);
        command.Parameters.AddWithValue("$title", title);
        command.Parameters.AddWithValue("$body", body);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void AddMarkers(SqliteCommand command, string expression)
    {
        command.Parameters.AddWithValue("$open", MarkedText.Open.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$close", MarkedText.Close.ToString(CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$match", expression);
    }
}
