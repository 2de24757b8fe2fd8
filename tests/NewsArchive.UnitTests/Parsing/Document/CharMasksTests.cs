using CsCheck;
using NewsArchive.Parsing.Document;

namespace NewsArchive.UnitTests.Parsing.Document;

/// <summary><see cref="CharMasks"/> (vectors, sixteen characters at a time) marks what a test of each character marks.</summary>
public class CharMasksTests
{
    // Any characters (spaces and ASCII letters and digits often), and a start anywhere in the text or at its end.
    private static readonly Gen<(string Text, int Start)> s_block =
        Gen.Frequency((2, Gen.Char), (1, Gen.Const(' ')), (1, Gen.Char.AlphaNumeric), (1, Gen.Char['\u0100', '\u017F']))
            .Array[0, 150].Select(a => new string(a))
            .SelectMany(text => Gen.Int[0, text.Length].Select(start => (text, start)));

    [Fact]
    public void SpacesAreTheBlocksSpaces() =>
        s_block.Sample(block => Assert.Equal(Mask(block.Text, block.Start, c => c == ' '), CharMasks.Spaces(block.Text, block.Start)), iter: 20_000);

    [Fact]
    public void LettersOrDigitsAreTheBlocksAsciiLettersAndDigits() =>
        s_block.Sample(block => Assert.Equal(
            (Mask(block.Text, block.Start, c => c == ' '), Mask(block.Text, block.Start, char.IsAsciiLetterOrDigit)),
            CharMasks.SpacesAndAsciiLettersOrDigits(block.Text, block.Start)), iter: 20_000);

    private static ulong Mask(string text, int start, Func<char, bool> marked)
    {
        ulong mask = 0;
        for (var k = 0; k < 64 && start + k < text.Length; k++)
        {
            mask |= (marked(text[start + k]) ? 1UL : 0UL) << k;
        }
        return mask;
    }
}
