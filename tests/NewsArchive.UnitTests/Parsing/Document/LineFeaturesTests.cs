using CsCheck;
using NewsArchive.Parsing.Document;

namespace NewsArchive.UnitTests.Parsing.Document;

/// <summary><see cref="LineFeatures.Measure"/> (one pass over the characters) gives what its definition gives: split on spaces,
/// trim what is neither letter nor digit off each token, count the rest.</summary>
public class LineFeaturesTests
{
    private static readonly LinesTuning s_tuning = new();

    // Words of several scripts and cases, stop words among them, punctuation, wide characters that are not letters
    // (U+4DC0, U+30FB, U+309B), surrogates, digits of other scripts, runs of spaces.
    private static readonly string[] s_pieces =
    [
        "The", "the", "THE", "und", "Und", "für", "ÜBER", "что", "Что", "été", "È", "a", "I", "İ", "ǅ", "Δ", "council’s", "2024", "٣", "x1",
        "日本語", "の", "ソウル", "・", "゛", "\u4DC0", "한국어", "ｱｲ", "𐐀", "\uD800", "\uDC00", "“", "”", "(", ")", ".", ",", "!", "?", "…", "-",
        "—", ":", "'", "\"", "»", "*", "]", "。", " ", "  ", "   ",
    ];

    private static readonly Gen<string> s_line = Gen.Frequency(
            (6, Gen.OneOf(s_pieces)),
            (2, Gen.Char.Array[1, 6].Select(a => new string(a))),
            (2, Gen.Char.AlphaNumeric.Array[1, 40].Select(a => new string(a))))
        .Array[0, 30].Select(a => string.Concat(a));

    [Fact]
    public void MeasureIsItsDefinition() =>
        s_line.Sample(line => Assert.Equal(Definition(line, s_tuning), LineFeatures.Measure(line, s_tuning)), iter: 20_000);

    // Lines of ASCII only, which take their own path: words, stop words in any case, punctuation around and inside words.
    private static readonly Gen<string> s_asciiLine = Gen.Frequency(
            (6, Gen.OneOf("The", "the", "THE", "und", "a", "I", "council's", "2024", "x1", "(", ")", ".", ",", "!", "?", "-", ":", "'", "\"", "*", "]", " ", "  ")),
            (2, Gen.Char['\0', '\u007F'].Array[1, 20].Select(a => new string(a))),
            (2, Gen.Char.AlphaNumeric.Array[1, 40].Select(a => new string(a))))
        .Array[0, 30].Select(a => string.Concat(a));

    [Fact]
    public void MeasureOfAsciiIsItsDefinition() =>
        s_asciiLine.Sample(line => Assert.Equal(Definition(line, s_tuning), LineFeatures.Measure(line, s_tuning)), iter: 20_000);

    [Fact]
    public void AsciiLettersAndDigitsAreCounted() =>
        Gen.Char.Array[0, 80].Select(a => new string(a)).Sample(text =>
            Assert.Equal((text.Count(char.IsAsciiLetter), text.Count(char.IsAsciiDigit)), LineFeatures.CountAsciiLettersAndDigits(text)), iter: 20_000);

    [Theory]
    [InlineData("“The council’s vote”, said the mayor.", 6, 3)]
    [InlineData("  ... --- ", 0, 0)]
    [InlineData("日本語の ・テキスト・", 2, 0)]
    public void Examples(string line, int words, int stopWords)
    {
        var f = LineFeatures.Measure(line, s_tuning);
        Assert.Equal((words, stopWords), (f.Words, f.StopWords));
        Assert.Equal(Definition(line, s_tuning), f);
    }

    // The measure as it was first written: tokens split on spaces, each trimmed and measured on its own.
    private static LineFeatures Definition(string line, LinesTuning tuning)
    {
        int letters = 0, digits = 0, wide = 0, words = 0, stops = 0, capitalised = 0;
        foreach (var token in line.Split(' '))
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
            var core = token[start..end];
            if (core.Length == 0)
            {
                continue;
            }
            words++;
            capitalised += char.IsUpper(core[0]) ? 1 : 0;
            stops += core.Length <= StopWords.MaxLength && StopWords.Contains(core.ToLowerInvariant()) ? 1 : 0;
            letters += core.Count(char.IsLetter);
            digits += core.Count(char.IsDigit);
            wide += core.Count(LineFeatures.IsWide);
        }
        var trimmed = line.TrimEnd("\"'”’»)]*".ToCharArray());
        var endsSentence = trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '．';
        return new LineFeatures(line.Length, words, stops, letters, digits, wide, capitalised, endsSentence, line.EndsWith(':'),
            line.Length + (tuning.WideCharExtraLength * wide), wide > letters * tuning.WideScriptMinShare);
    }
}
