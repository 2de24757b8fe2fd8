using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;
using Microsoft.Data.Sqlite;
using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>
/// "Did you mean": for each word of a search that matches nothing, the closest term of the index's
/// vocabulary (same first letter, edit distance 1 for short words, 2 for longer, most articles first),
/// written as it appears in an article (the vocabulary holds stems).
/// </summary>
internal sealed class Suggestions(SqliteConnection connection)
{
    private const int CandidatesTried = 5;

    public async Task<string?> SuggestAsync(SearchQuery query, CancellationToken ct)
    {
        var text = query.Text;
        var changed = false;
        foreach (var word in query.Words.Select(w => w.Text).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await SurfaceFormAsync(word, ct) is not null || await ClosestAsync(Fold(word), ct) is not { } better)
            {
                continue;
            }
            var pattern = @"(?<![\p{L}\p{N}])" + Regex.Escape(word) + @"(?![\p{L}\p{N}])";
            text = Regex.Replace(text, pattern, better.Replace("$", "$$", StringComparison.Ordinal),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            changed = true;
        }
        return changed ? text : null;
    }

    private async Task<string?> ClosestAsync(string word, CancellationToken ct)
    {
        var max = word.Length <= 4 ? 1 : 2;
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT term, doc FROM {FullTextVocabulary.Table} WHERE term >= $lo AND term < $hi AND length(term) BETWEEN $min AND $max";
        command.Parameters.AddWithValue("$lo", word[..1]);
        command.Parameters.AddWithValue("$hi", ((char)(word[0] + 1)).ToString());
        command.Parameters.AddWithValue("$min", word.Length - max);
        command.Parameters.AddWithValue("$max", word.Length + max);
        var candidates = new List<(string Term, int Distance, long Docs)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var term = reader.GetString(0);
                var distance = EditDistance.Compute(word, term, max);
                if (distance <= max && distance > 0)
                {
                    candidates.Add((term, distance, reader.GetInt64(1)));
                }
            }
        }
        foreach (var candidate in candidates.OrderBy(c => c.Distance).ThenByDescending(c => c.Docs).Take(CandidatesTried))
        {
            if (await SurfaceFormAsync(candidate.Term, ct) is { } surface)
            {
                return surface;
            }
        }
        return null;
    }

    /// <summary>The word as written in an article that matches <paramref name="term"/>, or null when none does.</summary>
    private async Task<string?> SurfaceFormAsync(string term, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT snippet({FullTextIndex.Table}, -1, $open, $close, '', 1) FROM {FullTextIndex.Table} WHERE {FullTextIndex.Table} MATCH $term LIMIT 1";
        command.Parameters.AddWithValue("$open", MarkedText.Open.ToString());
        command.Parameters.AddWithValue("$close", MarkedText.Close.ToString());
        command.Parameters.AddWithValue("$term", new QueryTerm(term, false).ToFts());
        if (await command.ExecuteScalarAsync(ct) is not string snippet)
        {
            return null;
        }
        var open = snippet.IndexOf(MarkedText.Open, StringComparison.Ordinal);
        var close = snippet.IndexOf(MarkedText.Close, StringComparison.Ordinal);
        return open >= 0 && close > open + 1 ? snippet[(open + 1)..close].ToLowerInvariant() : term;
    }

    /// <summary>Lower case without diacritics, as the index's tokenizer folds words.</summary>
    private static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }
}
