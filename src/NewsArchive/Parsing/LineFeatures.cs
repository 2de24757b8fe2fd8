namespace NewsArchive.Parsing;

/// <summary>Cheap measurements of one line that tell running text from website furniture.</summary>
public readonly record struct LineFeatures(
    int Chars, int Words, int StopWords, int Letters, int Digits, int Wide, int CapitalisedWords, bool EndsSentence, bool EndsWithColon)
{
    /// <summary>Length where one CJK or Hangul character counts as much as a short Latin word.</summary>
    public int EffectiveLength => Chars + (2 * Wide);

    public double StopDensity => Words == 0 ? 0 : (double)StopWords / Words;

    /// <summary>True for lines mostly written in a script without (many) spaces or stop words we know.</summary>
    public bool IsWideScript => Wide * 2 > Letters;

    public static LineFeatures Measure(ReadOnlySpan<char> line)
    {
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
            if (core.Length <= Parsing.StopWords.MaxLength && core.Length <= lower.Length && core.ToLowerInvariant(lower) > 0
                && Parsing.StopWords.Contains(lower[..core.Length]))
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
        return new LineFeatures(line.Length, words, stops, letters, digits, wide, capitalised, EndsWithSentence(line), line.EndsWith(':'));
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
