using System.Text;

namespace NewsArchive.Search;

/// <summary>
/// What FTS5 marked in an article (its <c>highlight()</c> of title and body), so the same matches can be marked in
/// the original file's lines, which are not in the index. Each marked span is kept as its run of words (a phrase
/// search marks the phrase as one span), and a line is marked where the same run of words occurs, in any case: a
/// phrase's words are not marked where they stand alone.
/// </summary>
internal sealed class MatchedWords
{
    private readonly List<string[]> _spans;

    private MatchedWords(List<string[]> spans) => _spans = spans;

    public static MatchedWords None { get; } = new([]);

    public static MatchedWords From(string marked)
    {
        var spans = new List<string[]>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var open = marked.IndexOf(MarkedText.Open, StringComparison.Ordinal); open >= 0; open = marked.IndexOf(MarkedText.Open, open + 1))
        {
            var close = marked.IndexOf(MarkedText.Close, open + 1);
            if (close < 0)
            {
                break;
            }
            var words = Words(marked[(open + 1)..close]).Select(w => w.Text).ToArray();
            if (words.Length > 0 && seen.Add(string.Join(' ', words)))
            {
                spans.Add(words);
            }
        }
        // Longest first, so a phrase wins over a single word that starts it.
        spans.Sort((a, b) => b.Length.CompareTo(a.Length));
        return new MatchedWords(spans);
    }

    /// <summary>The line as safe HTML with the matched runs of words marked.</summary>
    public string Mark(string line)
    {
        if (_spans.Count == 0)
        {
            return System.Net.WebUtility.HtmlEncode(line);
        }
        var words = Words(line).ToList();
        var marked = new StringBuilder(line.Length + 16);
        var copied = 0;
        for (var i = 0; i < words.Count;)
        {
            var span = _spans.FirstOrDefault(s => i + s.Length <= words.Count
                && s.Select((w, k) => string.Equals(w, words[i + k].Text, StringComparison.OrdinalIgnoreCase)).All(same => same));
            if (span is null)
            {
                i++;
                continue;
            }
            var (start, end) = (words[i].Start, words[i + span.Length - 1].End);
            marked.Append(line, copied, start - copied).Append(MarkedText.Open).Append(line, start, end - start).Append(MarkedText.Close);
            copied = end;
            i += span.Length;
        }
        marked.Append(line, copied, line.Length - copied);
        return MarkedText.ToHtml(marked.ToString());
    }

    /// <summary>The runs of letters and digits of a text, with where each starts and ends.</summary>
    private static IEnumerable<(string Text, int Start, int End)> Words(string text)
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
                yield return (text[start..i], start, i);
                start = -1;
            }
        }
    }
}
