using System.Text;

namespace NewsArchive.Search;

/// <summary>
/// The words FTS5 marked in an article (its <c>highlight()</c> of title and body), so the same words can be
/// marked in the original file's lines, which are not in the index: each run of letters and digits whose lower
/// case is one of them is marked.
/// </summary>
internal sealed class MatchedWords
{
    private readonly HashSet<string> _words;

    private MatchedWords(HashSet<string> words) => _words = words;

    public static MatchedWords None { get; } = new([]);

    public static MatchedWords From(string marked)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var open = marked.IndexOf(MarkedText.Open, StringComparison.Ordinal); open >= 0; open = marked.IndexOf(MarkedText.Open, open + 1))
        {
            var close = marked.IndexOf(MarkedText.Close, open + 1);
            if (close < 0)
            {
                break;
            }
            foreach (var word in Words(marked[(open + 1)..close]))
            {
                words.Add(word);
            }
        }
        return new MatchedWords(words);
    }

    /// <summary>The line as safe HTML with the matched words marked.</summary>
    public string Mark(string line)
    {
        if (_words.Count == 0)
        {
            return System.Net.WebUtility.HtmlEncode(line);
        }
        var marked = new StringBuilder(line.Length + 16);
        var i = 0;
        while (i < line.Length)
        {
            var start = i;
            if (!char.IsLetterOrDigit(line[i]))
            {
                marked.Append(line[i++]);
                continue;
            }
            while (i < line.Length && char.IsLetterOrDigit(line[i]))
            {
                i++;
            }
            var word = line[start..i];
            marked.Append(_words.Contains(word) ? MarkedText.Open + word + MarkedText.Close : word);
        }
        return MarkedText.ToHtml(marked.ToString());
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
