using System.Text;

namespace NewsArchive.Search;

/// <summary>
/// Splits search text into terms, phrases, <c>title:</c> terms, OR and NEAR (<c>NEAR/N</c>: within N words);
/// drops pieces with no letter or digit.
/// </summary>
internal static class QueryLexer
{
    public const int DefaultNearDistance = 10;
    public const int MaxNearDistance = 100;

    private const string TitlePrefix = "title:";

    public static List<QueryToken> Read(string text)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var excluded = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            if (excluded)
            {
                i++;
            }
            var titleOnly = IsTitlePrefix(text, i);
            if (titleOnly)
            {
                i += TitlePrefix.Length;
            }
            var (chunk, quoted) = text[i] == '"' ? ReadPhrase(text, ref i) : (ReadWord(text, ref i), false);
            var prefix = chunk.EndsWith('*');
            if (!quoted && !excluded && !titleOnly && chunk == "OR")
            {
                tokens.Add(QueryToken.Or(i));
            }
            else if (!quoted && !excluded && !titleOnly && NearDistance(chunk) is { } distance)
            {
                tokens.Add(QueryToken.Near(distance, i));
            }
            else if (Clean(chunk) is { Length: > 0 } clean)
            {
                tokens.Add(new QueryToken(new QueryTerm(clean, prefix) { TitleOnly = titleOnly }, excluded, false, i));
            }
        }
        return tokens;
    }

    /// <summary><c>title:</c> (any case) right before a word or a phrase.</summary>
    private static bool IsTitlePrefix(string text, int i) =>
        text.Length > i + TitlePrefix.Length
        && string.Compare(text, i, TitlePrefix, 0, TitlePrefix.Length, StringComparison.OrdinalIgnoreCase) == 0
        && !char.IsWhiteSpace(text[i + TitlePrefix.Length]);

    /// <summary>
    /// <c>NEAR</c> (10 words) or <c>NEAR/N</c> with N from 1 to 100 read from ASCII digits; null for anything else
    /// (so <c>NEAR(</c> or <c>NEAR/x</c> stay plain words).
    /// </summary>
    private static int? NearDistance(string chunk)
    {
        if (chunk == "NEAR")
        {
            return DefaultNearDistance;
        }
        if (!chunk.StartsWith("NEAR/", StringComparison.Ordinal) || chunk.Length is < 6 or > 8 || !chunk[5..].All(char.IsAsciiDigit))
        {
            return null;
        }
        var distance = int.Parse(chunk[5..], System.Globalization.CultureInfo.InvariantCulture);
        return distance is >= 1 and <= MaxNearDistance ? distance : null;
    }

    /// <summary>A quoted phrase (an unbalanced quote runs to the end), plus a <c>*</c> right after it.</summary>
    private static (string Chunk, bool Quoted) ReadPhrase(string text, ref int i)
    {
        var close = text.IndexOf('"', i + 1);
        var end = close < 0 ? text.Length : close;
        var phrase = text[(i + 1)..end];
        i = close < 0 ? text.Length : close + 1;
        if (i < text.Length && text[i] == '*')
        {
            phrase += "*";
            i++;
        }
        return (phrase, true);
    }

    private static string ReadWord(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
        {
            i++;
        }
        return text[start..i];
    }

    /// <summary>
    /// Keeps the text between the first and last letter or digit (so <c>(word)</c>, <c>word*</c> and <c>^</c>
    /// lose their punctuation) and collapses inner white space; empty when there is no letter or digit.
    /// </summary>
    private static string Clean(string chunk)
    {
        var first = -1;
        var last = -1;
        for (var k = 0; k < chunk.Length; k++)
        {
            if (char.IsLetterOrDigit(chunk[k]))
            {
                first = first < 0 ? k : first;
                last = k;
            }
        }
        if (first < 0)
        {
            return "";
        }
        var builder = new StringBuilder(last - first + 1);
        foreach (var part in chunk[first..(last + 1)].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(builder.Length > 0 ? " " : "").Append(part);
        }
        return builder.ToString();
    }
}
