namespace NewsArchive.Parsing.Document;

/// <summary>Cheap measurements of one line that tell running text from website furniture.</summary>
/// <param name="Chars">Characters.</param>
/// <param name="Words">Space-separated tokens with a letter or digit.</param>
/// <param name="StopWords">Words that are stop words (<see cref="Document.StopWords"/>).</param>
/// <param name="Letters">Letters in the words.</param>
/// <param name="Digits">Digits in the words.</param>
/// <param name="Wide">CJK and Hangul characters.</param>
/// <param name="CapitalisedWords">Words starting with a capital.</param>
/// <param name="EndsSentence">The line ends with sentence punctuation (before closing quotes and brackets).</param>
/// <param name="EndsWithColon">The line ends with a colon.</param>
/// <param name="EffectiveLength">Length where one CJK or Hangul character counts as much as a short Latin word.</param>
/// <param name="IsWideScript">True for lines mostly written in a script without (many) spaces or stop words we know.</param>
public readonly record struct LineFeatures(
    int Chars, int Words, int StopWords, int Letters, int Digits, int Wide, int CapitalisedWords, bool EndsSentence, bool EndsWithColon,
    int EffectiveLength, bool IsWideScript)
{
    public double StopDensity => Words == 0 ? 0 : (double)StopWords / Words;

    internal static LineFeatures Measure(ReadOnlySpan<char> line, LinesTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        int letters = 0, digits = 0, wide = 0, words = 0, stops = 0, capitalised = 0;
        Span<char> lower = stackalloc char[32];
        var rest = line;
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var token = space < 0 ? rest : rest[..space];
            rest = space < 0 ? [] : rest[(space + 1)..];
            var core = TrimPunctuation(token);
            if (core.IsEmpty)
            {
                continue;
            }
            words++;
            capitalised += char.IsUpper(core[0]) ? 1 : 0;
            if (core.Length <= Document.StopWords.MaxLength && core.Length <= lower.Length && core.ToLowerInvariant(lower) > 0
                && Document.StopWords.Contains(lower[..core.Length]))
            {
                stops++;
            }
            foreach (var c in core)
            {
                letters += char.IsLetter(c) ? 1 : 0;
                digits += char.IsDigit(c) ? 1 : 0;
                wide += IsWide(c) ? 1 : 0;
            }
        }
        // A product by one half is exact: the share compares exactly as the integer ratio it stands for.
        return new LineFeatures(line.Length, words, stops, letters, digits, wide, capitalised, EndsWithSentence(line), line.EndsWith(':'),
            line.Length + (tuning.WideCharExtraLength * wide), wide > letters * tuning.WideScriptMinShare);
    }

    public static bool IsWide(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uFF66' and <= '\uFF9F');

    private static ReadOnlySpan<char> TrimPunctuation(ReadOnlySpan<char> token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && !char.IsLetterOrDigit(token[start]))
        {
            start++;
        }
        while (end > start && !char.IsLetterOrDigit(token[end - 1]))
        {
            end--;
        }
        return token[start..end];
    }

    private static bool EndsWithSentence(ReadOnlySpan<char> line)
    {
        var end = line.TrimEnd("\"'”’»)]*");
        return !end.IsEmpty && end[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '．';
    }
}
