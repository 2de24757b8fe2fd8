using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Decoding;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Lines;

namespace NewsArchive.UnitTests.Parsing;

/// <summary>
/// The parser is total: for any bytes it returns a result and never throws, in bounded time, and a result
/// keeps its promises (roles aligned with lines, a title and a body, a plausible date, no highlighter marker).
/// Each property samples a fixed number of generated inputs (CsCheck shrinks and prints a failing one with its seed).
/// </summary>
public class ParserPropertyTests
{
    private static readonly DateOnly s_today = new(2024, 6, 1);
    private static readonly ArticleTextParser s_parser = new();

    // Generous for a loaded 2-core machine; a quadratic stage would take minutes on the multi-megabyte inputs.
    private static TimeSpan MaxTime(int bytes) => TimeSpan.FromSeconds(5 + (3.0 * bytes / 1_000_000));

    // Every character of interest by kind: other scripts' digits, combining marks, bidi controls, line and
    // paragraph separators, private use (the highlighter's markers among them), NUL and controls, lone surrogates.
    private static readonly char[] s_otherDigits = [.. Chars(c => char.IsDigit(c) && !char.IsAsciiDigit(c))];
    private static readonly char[] s_combining = [.. Chars(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)];
    private static readonly char[] s_bidiAndSeparators = ['\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u061C', '\u2028', '\u2029', '\u0085', '\u00A0', '\u3000', '\u200B', '\uFEFF'];
    private static readonly char[] s_controls = [.. Chars(char.IsControl)];
    private static readonly char[] s_surrogates = [.. Chars(char.IsSurrogate)];
    private static readonly string[] s_tokens =
    [
        " date ", "date: ", "2021-03-05", "05.03.2021", "03/23/2021", "March", "Nov", "18", "2019", "©", "Copyright", "年", "月", "日",
        "By ", "Published ", "Updated: ", "Share", "Related Stories", "3 Comments", "Reuter", "Shr loss 25 cts vs profit 11 cts", ":", ".", " ",
        "\n", "\n\n", "\r\n", "\t", "The council voted on Tuesday to extend the opening hours of the library, after a long campaign.",
    ];

    private static IEnumerable<char> Chars(Func<char, bool> predicate)
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (predicate(c))
            {
                yield return c;
            }
        }
    }

    private static readonly Gen<string> s_piece = Gen.Frequency(
        (4, Gen.OneOf(s_tokens)),
        (3, Gen.Char.AlphaNumeric.Array[1, 12].Select(a => new string(a))),
        (2, Gen.OneOf(s_otherDigits).Array[1, 6].Select(a => new string(a))),
        (1, Gen.OneOf(s_combining).Array[1, 4].Select(a => new string(a))),
        (1, Gen.OneOf(s_bidiAndSeparators).Select(c => c.ToString())),
        (1, Gen.Char['\uE000', '\uF8FF'].Select(c => c.ToString())),
        (1, Gen.OneOf(s_controls).Select(c => c.ToString())),
        (1, Gen.OneOf(s_surrogates).Select(c => c.ToString())),
        (2, Gen.Int[0, 0x10FFFF].Where(cp => cp is < 0xD800 or > 0xDFFF).Select(char.ConvertFromUtf32)),
        (1, Gen.Char.Array[1, 8].Select(a => new string(a))));

    private static readonly Gen<string> s_unicodeText = s_piece.Array[0, 300].Select(string.Concat);

    // Text as a scraper or an old tool may have written it: UTF-8 (BOM or not), UTF-16 either way, Windows-1252.
    private static readonly Gen<byte[]> s_encodedText = Gen.Select(s_unicodeText, Gen.Int[0, 4], (text, encoding) => encoding switch
    {
        0 => Encoding.UTF8.GetBytes(text),
        1 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        2 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        3 => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => Encoding.Latin1.GetBytes(text),
    });

    private static ParseResult Parse(byte[] bytes)
    {
        var watch = Stopwatch.StartNew();
        var result = s_parser.Parse("property.txt", bytes, today: s_today);
        watch.Stop();
        Assert.True(watch.Elapsed < MaxTime(bytes.Length), $"Parsing {bytes.Length:N0} bytes took {watch.Elapsed.TotalSeconds:F1} s.");
        CheckPromises(result);
        return result;
    }

    private static void CheckPromises(ParseResult result)
    {
        Assert.True(result.Succeeded ^ (result.Error is not null));
        if (result.Article is not { } article)
        {
            Assert.False(string.IsNullOrWhiteSpace(result.Error));
            return;
        }
        Assert.Equal(article.Text.Split('\n').Length, article.Lines.Count);
        Assert.NotEmpty(article.Paragraphs);
        Assert.False(string.IsNullOrWhiteSpace(article.Title));
        Assert.DoesNotContain('\uE000', article.Text);
        Assert.DoesNotContain('\uE001', article.Text);
        Assert.DoesNotContain('\0', article.Text);
        if (article.PublishedOn is { } date)
        {
            Assert.InRange(date, new DateOnly(1800, 1, 1), s_today.AddDays(1));
        }
    }

    private static bool HasWords(string text) => TextNormaliser.Normalise(text).Any(char.IsLetterOrDigit);

    [Fact]
    public void Random_bytes_never_throw()
    {
        Gen.Byte.Array[0, 6000].Sample(bytes => Parse(bytes), iter: 1500, threads: 1);
    }

    [Fact]
    public void Random_unicode_of_every_kind_never_throws_in_any_encoding()
    {
        s_encodedText.Sample(bytes => Parse(bytes), iter: 1500, threads: 1);
    }

    [Fact]
    public void Utf8_text_with_words_and_no_control_characters_is_never_refused()
    {
        var gen = s_unicodeText.Select(t => new string([.. t.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t')]));
        gen.Sample(text =>
        {
            var result = Parse(Encoding.UTF8.GetBytes(text));
            if (HasWords(text) && !StartsWithHeaderOnly(text))
            {
                Assert.True(result.Succeeded, result.Error);
            }
        }, iter: 1500, threads: 1);
    }

    // " date 2021-01-01" followed by nothing but the header's junk (three characters or fewer, no letter) has no words of its own.
    private static bool StartsWithHeaderOnly(string text)
    {
        var lines = TextNormaliser.Normalise(text).Split('\n').Select(l => l.Trim()).ToArray();
        var header = HeaderReader.Read(lines[0]);
        if (!header.Present)
        {
            return false;
        }
        lines[0] = header.Rest.Length <= 3 && !header.Rest.Any(char.IsLetter) ? "" : header.Rest;
        return !lines.Any(l => l.Any(char.IsLetterOrDigit));
    }

    [Fact]
    public void Surrogate_garbage_and_overlong_sequences_as_bytes_never_throw()
    {
        byte[][] garbage = [[0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xC0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xC3], [0xE2, 0x82]];
        var gen = Gen.Select(s_unicodeText, Gen.OneOf(garbage).Array[1, 20], Gen.Int[0, 1000], (text, junk, at) =>
        {
            var bytes = Encoding.UTF8.GetBytes(text).ToList();
            foreach (var j in junk)
            {
                bytes.InsertRange(Math.Min(at, bytes.Count), j);
            }
            return bytes.ToArray();
        });
        gen.Sample(bytes => Parse(bytes), iter: 800, threads: 1);
    }

    [Fact]
    public void Mutated_seed_files_never_throw_and_keep_their_text()
    {
        var seeds = SeedFiles.AllBytes().Select(b => Encoding.UTF8.GetString(b).Split('\n')).ToArray();
        string[] headers = [" date 2021-03-05 0", " date ２０２２-01-01 0", " date ٢٠٢١-٠٣-٠٥", " date 2021-13-45", " date 0000-00-00", " date 9999-12-31 0", "date", " date 2021-03-05", ""];
        var mutation = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 100_000], Gen.Int[0, 100_000], s_piece, (kind, a, b, piece) => (kind, a, b, piece));
        var gen = Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.OneOf(headers), mutation.Array[0, 40], (seed, header, mutations) =>
        {
            var lines = seeds[seed].ToList();
            foreach (var (kind, a, b, piece) in mutations)
            {
                var i = a % Math.Max(lines.Count, 1);
                var j = b % Math.Max(lines.Count, 1);
                switch (kind)
                {
                    case 0 when lines.Count > 0: lines.RemoveAt(i); break;
                    case 1 when lines.Count > 0: lines.Insert(j, lines[i]); break;
                    case 2 when lines.Count > 0: (lines[i], lines[j]) = (lines[j], lines[i]); break;
                    case 3: lines.Insert(j % (lines.Count + 1), piece); break;
                    case 4 when lines.Count > 0: lines[i] = lines[i].Insert(lines[i].Length / 2, piece); break;
                    default: lines.Insert(0, header); break;
                }
            }
            return string.Join('\n', lines);
        });
        gen.Sample(text =>
        {
            var result = Parse(Encoding.UTF8.GetBytes(text));
            if (HasWords(text) && !StartsWithHeaderOnly(text) && !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            {
                Assert.True(result.Succeeded, result.Error);
            }
        }, iter: 600, threads: 1);
    }

    [Theory]
    [InlineData("word ", 4_000_000)]
    [InlineData("a", 4_000_000)]
    [InlineData("7", 4_000_000)]
    [InlineData("March 5, 2021 ", 2_000_000)]
    [InlineData("٢", 1_500_000)]
    [InlineData("\u0301", 1_500_000)]
    public void A_huge_single_line_parses_in_bounded_time(string unit, int bytes)
    {
        var text = new StringBuilder().Insert(0, unit, bytes / Encoding.UTF8.GetByteCount(unit)).ToString();

        var result = Parse(Encoding.UTF8.GetBytes(text));

        Assert.True(result.Succeeded || unit == "\u0301", result.Error);
    }

    [Theory]
    [InlineData("a\n", 200_000)]
    [InlineData("Share\n", 100_000)]
    [InlineData("Nov 18\n© 2019 Daily Planet\n", 40_000)]
    [InlineData("March 5, 2021\n\n", 50_000)]
    [InlineData(".\n", 200_000)]
    public void Thousands_of_tiny_lines_parse_in_bounded_time(string unit, int count)
    {
        var text = new StringBuilder().Insert(0, unit, count).ToString();

        var result = Parse(Encoding.UTF8.GetBytes(text));

        Assert.True(result.Succeeded || unit == ".\n", result.Error);
    }

    [Fact]
    public void Random_lines_of_random_lengths_never_throw()
    {
        var line = Gen.Frequency((5, s_piece.Array[0, 6].Select(string.Concat)), (1, s_piece.Array[50, 400].Select(string.Concat)));
        line.Array[0, 2000].Select(lines => string.Join('\n', lines)).Sample(text => Parse(Encoding.UTF8.GetBytes(text)), iter: 150, threads: 1);
    }
}
