using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;
using Microsoft.Data.Sqlite;
using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>
/// "Did you mean": for each word of a search that matches nothing, a close and frequent word of the index's
/// vocabulary: same first letter, edit distance 1 (2 for words of 8 letters or more) from the word as written in
/// an article (the vocabulary holds stems, so the distance is checked again on the written form); two edits away
/// only when in at least <see cref="MinArticles"/> articles; most articles first. Words shorter than <see cref="MinLength"/>, with digits,
/// or searches of more than <see cref="MaxWords"/> words get no suggestion: a guess there is more often wrong than right.
/// </summary>
internal sealed class Suggestions(SqliteConnection connection)
{
    public const int MinLength = 4;
    public const int MaxWords = 8;
    public const int MinArticles = 3;
    private const int CandidatesTried = 5;

    public async Task<string?> SuggestAsync(SearchQuery query, CancellationToken ct)
    {
        var text = query.Text;
        var changed = false;
        var words = query.Words.Select(w => w.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (words.Count > MaxWords)
        {
            return null;
        }
        foreach (var word in words.Where(w => w.Length >= MinLength && w.All(char.IsLetter)))
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
        var max = MaxDistance(word);
        // Stems may sit one edit further from the typed word than the written word does ("lighthous" for "lighthouse").
        var stemMax = max + 1;
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT term, doc FROM {FullTextVocabulary.Table} WHERE term >= $lo AND term < $hi AND length(term) BETWEEN $min AND $max";
        command.Parameters.AddWithValue("$lo", word[..1]);
        command.Parameters.AddWithValue("$hi", ((char)(word[0] + 1)).ToString());
        command.Parameters.AddWithValue("$min", word.Length - stemMax);
        command.Parameters.AddWithValue("$max", word.Length + stemMax);
        var candidates = new List<(string Term, int Distance, long Docs)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var term = reader.GetString(0);
                var distance = EditDistance.Compute(word, term, stemMax);
                if (distance > 0 && distance <= stemMax)
                {
                    candidates.Add((term, distance, reader.GetInt64(1)));
                }
            }
        }
        foreach (var candidate in candidates.OrderBy(c => c.Distance).ThenByDescending(c => c.Docs).Take(CandidatesTried))
        {
            // A stem may not stem to itself again ("lighthous" becomes "lighthou"), so it is looked up as a prefix.
            if (await SurfaceFormAsync(candidate.Term, ct, asPrefix: true) is not { } surface || Fold(surface) == word)
            {
                continue;
            }
            // The written word decides: one edit away, or two for a long word that several articles use.
            var distance = EditDistance.Compute(word, Fold(surface), max);
            if (distance == 1 || (distance <= max && candidate.Docs >= MinArticles))
            {
                return surface;
            }
        }
        return null;
    }

    /// <summary>The word as written in an article that matches <paramref name="term"/>, or null when none does.</summary>
    private async Task<string?> SurfaceFormAsync(string term, CancellationToken ct, bool asPrefix = false)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT snippet({FullTextIndex.Table}, -1, $open, $close, '', 1) FROM {FullTextIndex.Table} WHERE {FullTextIndex.Table} MATCH $term LIMIT 1";
        command.Parameters.AddWithValue("$open", MarkedText.Open.ToString());
        command.Parameters.AddWithValue("$close", MarkedText.Close.ToString());
        command.Parameters.AddWithValue("$term", new QueryTerm(term, asPrefix).ToFts());
        if (await command.ExecuteScalarAsync(ct) is not string snippet)
        {
            return null;
        }
        var open = snippet.IndexOf(MarkedText.Open, StringComparison.Ordinal);
        var close = snippet.IndexOf(MarkedText.Close, StringComparison.Ordinal);
        return open >= 0 && close > open + 1 ? snippet[(open + 1)..close].ToLowerInvariant() : term;
    }

    private static int MaxDistance(string word) => word.Length >= 8 ? 2 : 1;

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
