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
        // One pass over the characters (this runs on every line of every file): a word is a space-separated token
        // without its leading and trailing characters that are neither letters nor digits, and is counted as such.
        var i = 0;
        while (i < line.Length)
        {
            int first = -1, last = -1, tokenLetters = 0, tokenDigits = 0, wideSeen = 0, wideBefore = 0, wideThrough = 0;
            var ascii = true;
            for (; i < line.Length && line[i] != ' '; i++)
            {
                var c = line[i];
                bool letter, digit;
                if (c < 128)
                {
                    (letter, digit) = (char.IsAsciiLetter(c), char.IsAsciiDigit(c));
                }
                else
                {
                    (letter, digit, ascii) = (char.IsLetter(c), char.IsDigit(c), false);
                    wideSeen += IsWide(c) ? 1 : 0;
                }
                if (letter || digit)
                {
                    if (first < 0)
                    {
                        first = i;
                        wideBefore = wideSeen - (IsWide(c) ? 1 : 0);
                    }
                    last = i;
                    wideThrough = wideSeen;
                    tokenLetters += letter ? 1 : 0;
                    tokenDigits += digit ? 1 : 0;
                }
            }
            i++;
            if (first < 0)
            {
                continue;
            }
            var core = line[first..(last + 1)];
            words++;
            capitalised += char.IsUpper(core[0]) ? 1 : 0;
            letters += tokenLetters;
            digits += tokenDigits;
            wide += wideThrough - wideBefore;
            if (core.Length <= Document.StopWords.MaxLength && core.Length <= lower.Length && LowerCase(core, lower, ascii)
                && Document.StopWords.Contains(lower[..core.Length]))
            {
                stops++;
            }
        }
        // A product by one half is exact: the share compares exactly as the integer ratio it stands for.
        return new LineFeatures(line.Length, words, stops, letters, digits, wide, capitalised, EndsWithSentence(line), line.EndsWith(':'),
            line.Length + (tuning.WideCharExtraLength * wide), wide > letters * tuning.WideScriptMinShare);
    }

    // ToLowerInvariant into the buffer (which is long enough); plain ASCII is lower-cased here, without the call.
    private static bool LowerCase(ReadOnlySpan<char> word, Span<char> buffer, bool ascii)
    {
        if (!ascii)
        {
            return word.ToLowerInvariant(buffer) > 0;
        }
        for (var k = 0; k < word.Length; k++)
        {
            buffer[k] = char.IsAsciiLetterUpper(word[k]) ? (char)(word[k] | 0x20) : word[k];
        }
        return true;
    }

    public static bool IsWide(char c) =>
        c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uFF66' and <= '\uFF9F');

    private static bool EndsWithSentence(ReadOnlySpan<char> line)
    {
        var end = line.TrimEnd("\"'”’»)]*");
        return !end.IsEmpty && end[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '．';
    }
}
