using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Titles;

/// <summary>The title of a page without a headline: the first sentence of the body, cut at a word boundary.</summary>
internal static class DerivedTitle
{
    /// <summary>The first sentence of the body, cut at a word boundary to at most <see cref="TitleTuning.MaxDerivedLength"/> characters.</summary>
    public static string From(IReadOnlyList<string> paragraphs, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        ArgumentNullException.ThrowIfNull(tuning);
        var max = tuning.Titles.MaxDerivedLength;
        var first = paragraphs.Count > 0 ? paragraphs[0] : "";
        var end = SentenceEnd(first, tuning.Titles.DerivedSentenceMinLength);
        var sentence = first[..end].TrimEnd('.', ' ');
        if (sentence.Length == 0)
        {
            // A body that opens with bare punctuation still needs a readable title.
            sentence = first.Trim().Length > 0 ? first.Trim() : "Untitled";
        }
        if (sentence.Length <= max)
        {
            return sentence;
        }
        var cut = sentence.LastIndexOf(' ', max - 1);
        return string.Concat(sentence.AsSpan(0, cut > 0 ? cut : max - 1).TrimEnd(" ,;:-–—"), "…");
    }

    private static int SentenceEnd(string text, int minLength)
    {
        for (var i = minLength; i < text.Length - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && !char.IsUpper(text[i - 1]))
            {
                return text[i] == '.' ? i : i + 1;
            }
            if (text[i] is '。' or '！' or '？')
            {
                return i + 1;
            }
        }
        return text.Length;
    }
}
