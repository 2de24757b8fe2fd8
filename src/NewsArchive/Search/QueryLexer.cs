using System.Text;

namespace NewsArchive.Search;

/// <summary>Splits search text into terms, phrases and OR; drops pieces with no letter or digit.</summary>
internal static class QueryLexer
{
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
            var (chunk, quoted) = text[i] == '"' ? ReadPhrase(text, ref i) : (ReadWord(text, ref i), false);
            var prefix = chunk.EndsWith('*');
            if (!quoted && !excluded && chunk == "OR")
            {
                tokens.Add(QueryToken.Or);
            }
            else if (Clean(chunk) is { Length: > 0 } clean)
            {
                tokens.Add(new QueryToken(new QueryTerm(clean, prefix), excluded, false));
            }
        }
        return tokens;
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
