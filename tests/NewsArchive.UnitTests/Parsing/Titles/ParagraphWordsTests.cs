using CsCheck;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Titles;

namespace NewsArchive.UnitTests.Parsing.Titles;

/// <summary>The words of a run of paragraphs are the union of its paragraphs' words, whatever runs were asked for before.</summary>
public class ParagraphWordsTests
{
    private static readonly ParserTuning s_tuning = ParserTuning.Default;
    private static readonly string[] s_words = ["council", "library", "votes", "mayor", "budget", "river", "bridge", "school", "the", "and"];

    [Fact]
    public void RunsAreUnionsOfTheirParagraphs()
    {
        var paragraphs = Gen.OneOf(s_words).Array[0, 6].Select(a => string.Join(' ', a)).Array[0, 12];
        var runs = Gen.Select(Gen.Int[-2, 13], Gen.Int[0, 12]).Array[1, 8];
        Gen.Select(paragraphs, runs).Sample((texts, asked) =>
        {
            var words = new ParagraphWords(texts, s_tuning);
            foreach (var (first, count) in asked)
            {
                var expected = new HashSet<string>(StringComparer.Ordinal);
                for (var k = Math.Max(first, 0); k < Math.Min(texts.Length, first + count); k++)
                {
                    expected.UnionWith(ContentWords.Of(texts[k], s_tuning));
                }
                Assert.True(expected.SetEquals(words.Of(first, count)), $"{first}+{count}");
            }
        }, iter: 5_000);
    }
}
