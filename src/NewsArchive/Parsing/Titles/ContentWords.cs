using System.Buffers;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Titles;

/// <summary>The words of a text that can tie a headline to its body: long enough, not stop words, crudely stemmed.</summary>
internal static class ContentWords
{
    private static readonly SearchValues<char> s_punctuation = SearchValues.Create(".,;:!?\"“”‘’'()[]«»");

    public static HashSet<string> Of(string text, ParserTuning tuning)
    {
        // Spans and one lower-casing buffer: this runs over the first paragraphs of every file (speed budget).
        var min = tuning.Titles.ContentWordMinLength;
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var range in text.AsSpan().Split(' '))
        {
            var token = TrimPunctuation(text.AsSpan(range));
            if (token.Length < min)
            {
                continue;
            }
            var lower = token.Length <= buffer.Length ? buffer[..token.Length] : new char[token.Length];
            token.ToLowerInvariant(lower);
            var word = Stem(lower, min);
            if (word.Length >= min && !StopWords.Contains(word))
            {
                lookup.Add(word);
            }
        }
        return words;
    }

    // The same as Trim(punctuation), with a vectorised set: this runs on every token of the first paragraphs.
    private static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && s_punctuation.Contains(token[start]))
        {
            start++;
        }
        while (end > start && s_punctuation.Contains(token[end - 1]))
        {
            end--;
        }
        return token[start..end];
    }

    // Crude, but enough to match "council’s" with "council" and "votes" with "vote" (and to leave "news" alone).
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word, int minLength)
    {
        if (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal))
        {
            return word[..^2];
        }
        return word.Length > minLength && word[^1] == 's' ? word[..^1] : word;
    }
}
