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

    // The content words stage 2 keeps of a line are their definition's (split on spaces, trim, four or more characters,
    // not a stop word, FNV-1a of the lower-cased word), and the learned body stage's table built from them is the one it
    // builds by reading the lines itself.
    [Fact]
    public void KeptWordsAreTheirDefinitionAndGiveTheSameBodyWords() =>
        Gen.Frequency((3, s_asciiLine), (1, s_line)).Array[1, 12].Sample(lines =>
        {
            var kept = LineWords.Measure(lines, s_tuning, out var features);
            for (var i = 0; i < lines.Length; i++)
            {
                Assert.Equal(LineFeatures.Measure(lines[i], s_tuning), features[i]);
                Assert.Equal(System.Text.Ascii.IsValid(lines[i]), kept.TryLine(i, out var hashes));
                if (System.Text.Ascii.IsValid(lines[i]))
                {
                    Assert.Equal(WordsDefinition(lines[i]), hashes.ToArray());
                }
            }
            var body = Enumerable.Range(0, lines.Length).Where(i => i % 3 != 1).ToList();
            var (read, taken) = (NewsArchive.Parsing.Classification.BodyWords.Of(lines, body), NewsArchive.Parsing.Classification.BodyWords.Of(lines, body, kept));
            Assert.Equal(read.Count, taken.Count);
            for (var b = 0; b < body.Count; b++)
            {
                Assert.Equal(read.Line(b).ToArray(), taken.Line(b).ToArray());
            }
            for (var w = 0; w < read.Count; w++)
            {
                Assert.Equal(read.Span(w), taken.Span(w));
            }
        }, iter: 5_000);

    private static ulong[] WordsDefinition(string line)
    {
        var result = new List<ulong>();
        foreach (var token in line.Split(' '))
        {
            var core = token.AsSpan().Trim(token.Where(c => !char.IsAsciiLetterOrDigit(c)).Distinct().ToArray().AsSpan()).ToString();
            if (core.Length < LineWords.MinWordLength || StopWords.Contains(core.ToLowerInvariant()))
            {
                continue;
            }
            var hash = LineWords.FnvOffset;
            foreach (var c in core.ToLowerInvariant())
            {
                hash = (hash ^ c) * LineWords.FnvPrime;
            }
            result.Add(hash);
        }
        return [.. result];
    }

    // Long ASCII lines, so that words, runs of spaces and runs of punctuation cross the 64-character blocks the word
    // scan works in; the scan is compared with the plain loop over the characters it replaced.
    [Fact]
    public void AsciiWordsOfLongLinesAreThePlainLoops() =>
        Gen.Frequency(
                (4, Gen.OneOf("The", "the", "und", "a", "I", "council's", "2024", "(", ")", ".", ",", "-", "\"", " ", "  ")),
                (2, Gen.Char['\0', '\u007F'].Array[1, 70].Select(a => new string(a))),
                (2, Gen.Char.AlphaNumeric.Array[1, 130].Select(a => new string(a))),
                (1, Gen.Int[1, 140].Select(n => new string(' ', n))),
                (1, Gen.Int[1, 140].Select(n => new string('-', n))))
            .Array[0, 60].Select(a => string.Concat(a))
            .Sample(line =>
            {
                var (plain, scanned) = (new List<ulong>(), new List<ulong>());
                var sink = new LineWords.ListSink(scanned);
                Assert.Equal(PlainAsciiWords(line, plain), LineFeatures.AsciiWords(line, ref sink));
                Assert.Equal(plain, scanned);
            }, iter: 10_000);

    // The scan as it was before the bit masks: one loop over the characters.
    private static (int Words, int Stops, int Capitalised) PlainAsciiWords(string line, List<ulong> hashes)
    {
        int words = 0, stops = 0, capitalised = 0;
        var i = 0;
        while (i < line.Length)
        {
            int first = -1, last = -1;
            for (; i < line.Length && line[i] != ' '; i++)
            {
                if (char.IsAsciiLetterOrDigit(line[i]))
                {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            i++;
            if (first < 0)
            {
                continue;
            }
            var core = line.AsSpan(first, last - first + 1);
            words++;
            capitalised += char.IsAsciiLetterUpper(core[0]) ? 1 : 0;
            var stop = StopWords.Contains(core.ToString().ToLowerInvariant());
            stops += stop ? 1 : 0;
            if (!stop && core.Length >= LineWords.MinWordLength)
            {
                var hash = LineWords.FnvOffset;
                foreach (var c in core.ToString().ToLowerInvariant())
                {
                    hash = (hash ^ c) * LineWords.FnvPrime;
                }
                hashes.Add(hash);
            }
        }
        return (words, stops, capitalised);
    }

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
