using CsCheck;
using NewsArchive.Parsing.Document;

namespace NewsArchive.UnitTests.Parsing.Document;

/// <summary>The stop-word table answers as a set of the words would.</summary>
public class StopWordsTests
{
    private static readonly HashSet<string> s_set = new(StopWords.All, StringComparer.Ordinal);

    [Fact]
    public void EveryStopWordIsFound()
    {
        Assert.NotEmpty(s_set);
        Assert.All(s_set, word => Assert.True(StopWords.Contains(word), word));
    }

    [Fact]
    public void AnyTextIsFoundExactlyWhenItIsAStopWord()
    {
        // Stop words changed by a character, cut or extended, and short random strings.
        var words = s_set.Order(StringComparer.Ordinal).ToArray();
        var near = Gen.Select(Gen.OneOf(words), Gen.Char['\0', 'ÿ'], Gen.Int[0, 3]).Select((w, c, how) => how switch
        {
            0 => w + c,
            1 => c + w,
            2 => w[..^1],
            _ => w.Length > 1 ? w[..1] + c + w[2..] : c.ToString(),
        });
        Gen.OneOf(near, Gen.String[0, 10], Gen.Char.AlphaNumeric.Array[0, 6].Select(a => new string(a).ToLowerInvariant()))
            .Sample(text => Assert.Equal(s_set.Contains(text), StopWords.Contains(text)), iter: 50_000);
    }

    [Fact]
    public void AnAsciiWordInAnyCaseIsFoundExactlyWhenItsLowerCaseIsAStopWord()
    {
        // ASCII stop words in random case, changed by an ASCII character, cut or extended, and random ASCII strings.
        var words = s_set.Where(w => w.All(char.IsAscii)).Order(StringComparer.Ordinal).ToArray();
        var cased = Gen.Select(Gen.OneOf(words), Gen.Bool.Array[8]).Select((w, up) => string.Concat(w.Select((c, k) => up[k] ? char.ToUpperInvariant(c) : c)));
        var near = Gen.Select(cased, Gen.Char['\0', '\u007F'], Gen.Int[0, 3]).Select((w, c, how) => how switch
        {
            0 => w + c,
            1 => c + w,
            2 => w[..^1],
            _ => w.Length > 1 ? w[..1] + c + w[2..] : c.ToString(),
        });
        Gen.OneOf(cased, near, Gen.Char['\0', '\u007F'].Array[0, 10].Select(a => new string(a)), Gen.Char.AlphaNumeric.Array[0, 9].Select(a => new string(a)))
            .Sample(text => Assert.Equal(s_set.Contains(text.ToLowerInvariant()), StopWords.ContainsAscii(text)), iter: 50_000);
    }

    [Theory]
    [InlineData("the", true)]
    [InlineData("für", true)]
    [InlineData("что", true)]
    [InlineData("The", false)]
    [InlineData("", false)]
    [InlineData("council", false)]
    public void Examples(string word, bool stop) => Assert.Equal(stop, StopWords.Contains(word));
}
