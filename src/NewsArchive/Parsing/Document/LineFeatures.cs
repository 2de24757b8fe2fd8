using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;

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
        var none = default(NoWords);
        return Measure(line, tuning, ref none, out _);
    }

    /// <summary>
    /// The same, giving <paramref name="contentWords"/> the line's content words (<see cref="LineWords"/>) when it is
    /// ASCII (<paramref name="taken"/>); a line with other characters gives none.
    /// </summary>
    internal static LineFeatures Measure<TSink>(ReadOnlySpan<char> line, LinesTuning tuning, ref TSink contentWords, out bool taken)
        where TSink : struct, IWordSink
    {
        ArgumentNullException.ThrowIfNull(tuning);
        taken = Ascii.IsValid(line);
        if (taken)
        {
            return MeasureAscii(line, tuning, ref contentWords);
        }
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

    // The same measure for a line of ASCII characters only (most lines): no wide characters; the letters and digits of the
    // words are those of the line (a letter or digit is never trimmed off a word), counted eight characters at a time.
    private static LineFeatures MeasureAscii<TSink>(ReadOnlySpan<char> line, LinesTuning tuning, ref TSink sink)
        where TSink : struct, IWordSink
    {
        var (letters, digits) = CountAsciiLettersAndDigits(line);
        var (words, stops, capitalised) = AsciiWords(line, ref sink);
        const int wide = 0;
        return new LineFeatures(line.Length, words, stops, letters, digits, wide, capitalised, EndsWithSentence(line), line.EndsWith(':'),
            line.Length + (tuning.WideCharExtraLength * wide), wide > letters * tuning.WideScriptMinShare);
    }

    /// <summary>
    /// The words of a line of ASCII characters, their stop words and capitalised words, in one pass that also gives
    /// <paramref name="sink"/> the hash of each content word (<see cref="LineWords"/>), in order and repeated as they
    /// occur. A word is a space-separated token without its leading and trailing characters that are neither letters
    /// nor digits; its hash (FNV-1a of the word lower-cased) is taken once the word is known to be a content word, from
    /// its characters (still in the cache). The spaces and the letters and digits are found 64 characters at a time as
    /// two bit masks (<see cref="CharMasks.SpacesAndAsciiLettersOrDigits"/>): a word's first and last letter or digit and the space after it are then
    /// found by counting bits, not by a branch on every character.
    /// </summary>
    internal static (int Words, int Stops, int Capitalised) AsciiWords<TSink>(ReadOnlySpan<char> line, ref TSink sink)
        where TSink : struct, IWordSink
    {
        int words = 0, stops = 0, capitalised = 0;
        // The current token's first and last letter or digit (-1: none yet, or between tokens).
        int first = -1, last = -1;
        for (var block = 0; block < line.Length; block += 64)
        {
            var (spaces, letters) = CharMasks.SpacesAndAsciiLettersOrDigits(line, block);
            while (true)
            {
                if (first < 0)
                {
                    // Between tokens, or in one with no letter or digit yet: the next letter or digit starts a word (a
                    // token without one is no word), whatever spaces come before it.
                    if (letters == 0)
                    {
                        break;
                    }
                    var at = BitOperations.TrailingZeroCount(letters);
                    first = block + at;
                    spaces &= ulong.MaxValue << at;
                }
                if (spaces == 0)
                {
                    // The token goes on into the next block.
                    last = letters == 0 ? last : block + 63 - BitOperations.LeadingZeroCount(letters);
                    break;
                }
                var space = BitOperations.TrailingZeroCount(spaces);
                var before = letters & ((1UL << space) - 1);
                last = before == 0 ? last : block + 63 - BitOperations.LeadingZeroCount(before);
                Word(line[first..(last + 1)], ref words, ref stops, ref capitalised, ref sink);
                first = last = -1;
                // Up to and including the space (2 << 63 is 0, so a space in the block's last place clears everything).
                var through = ~((2UL << space) - 1);
                letters &= through;
                spaces &= through;
            }
        }
        if (first >= 0)
        {
            Word(line[first..(last + 1)], ref words, ref stops, ref capitalised, ref sink);
        }
        return (words, stops, capitalised);
    }

    // One word of an ASCII line (its first and last characters are letters or digits).
    private static void Word<TSink>(ReadOnlySpan<char> core, ref int words, ref int stops, ref int capitalised, ref TSink sink)
        where TSink : struct, IWordSink
    {
        words++;
        capitalised += char.IsAsciiLetterUpper(core[0]) ? 1 : 0;
        var stop = Document.StopWords.ContainsAscii(core);
        stops += stop ? 1 : 0;
        if (!stop && core.Length >= LineWords.MinWordLength)
        {
            var hash = LineWords.FnvOffset;
            foreach (var c in core)
            {
                hash = (hash ^ (c | (char.IsAsciiLetterUpper(c) ? 0x20u : 0u))) * LineWords.FnvPrime;
            }
            sink.Add(hash);
        }
    }

    // Keeps no words.
    private readonly struct NoWords : IWordSink
    {
        public void Add(ulong hash)
        {
        }
    }

    /// <summary>The ASCII letters and the ASCII digits of <paramref name="text"/>.</summary>
    internal static (int Letters, int Digits) CountAsciiLettersAndDigits(ReadOnlySpan<char> text)
    {
        int letters = 0, digits = 0, i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            var caseBit = Vector128.Create((ushort)0x20);
            var (a, z) = (Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
            var (zero, ten) = (Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
            var source = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(text);
            for (; i + Vector128<ushort>.Count <= source.Length; i += Vector128<ushort>.Count)
            {
                var v = Vector128.Create(source.Slice(i, Vector128<ushort>.Count));
                letters += BitOperations.PopCount(Vector128.LessThan((v | caseBit) - a, z).ExtractMostSignificantBits());
                digits += BitOperations.PopCount(Vector128.LessThan(v - zero, ten).ExtractMostSignificantBits());
            }
        }
        for (; i < text.Length; i++)
        {
            letters += char.IsAsciiLetter(text[i]) ? 1 : 0;
            digits += char.IsAsciiDigit(text[i]) ? 1 : 0;
        }
        return (letters, digits);
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
