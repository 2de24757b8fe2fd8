using CsCheck;
using NewsArchive.Parsing.Document;

namespace NewsArchive.UnitTests.Parsing.Document;

/// <summary><see cref="LineOccurrences.Of"/> (only lines of a shared length compared) is its definition: how many lines of the
/// page are equal to each line.</summary>
public class LineOccurrencesTests
{
    // Few distinct lines, so that pages repeat lines, share lengths without sharing text, and have blank lines.
    private static readonly Gen<string> s_line = Gen.OneOf(
        Gen.Const(""), Gen.OneOf("Home", "News", "Sport", "Share this", "Share that", "Read more", "A headline here", "a headline here", "Ünïcödé", "日本語"),
        Gen.Char['a', 'c'].Array[0, 4].Select(a => new string(a)));

    [Fact]
    public void OccurrencesAreTheCountOfEqualLines() =>
        s_line.Array[0, 40].Sample(lines =>
        {
            var occurrences = LineOccurrences.Of(lines);
            Assert.Equal(lines.Select(line => lines.Count(l => l == line)).ToArray(), occurrences);
        }, iter: 5_000);
}
