using CsCheck;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Titles;

namespace NewsArchive.UnitTests.Parsing.Titles;

/// <summary><see cref="ContentWords.Of"/> (one lower-casing buffer, ASCII lower-cased by hand) gives the words of its definition, and the
/// words of a run of paragraphs (<see cref="ParagraphWords"/>) are the union of its paragraphs' words, whatever runs were asked for before;
/// <see cref="ParagraphWords.Matching"/> answers for the words it is given as that union does.</summary>
public class ContentWordsTests
{
    private static readonly ParserTuning s_tuning = ParserTuning.Default;

    private static readonly string[] s_pieces =
    [
        "Council", "council’s", "COUNCIL'S", "votes", "news", "Über", "ÜBERALL", "İstanbul", "Straße", "the", "The", "their", "için", "Что", "которые",
        "“Quoted”", "(brackets)", "[x]", "«guillemets»", "end.", "why?", "a,b", "日本語", "𐐀𐐀𐐀𐐀", "\uD800abc", "ǅungla", " ", "  ",
        new string('W', 70), new string('é', 65),
    ];

    private static readonly Gen<string> s_text = Gen.Frequency(
            (6, Gen.OneOf(s_pieces)),
            (2, Gen.Char.Array[1, 8].Select(a => new string(a))),
            (2, Gen.Char.AlphaNumeric.Array[1, 12].Select(a => new string(a))))
        .Array[0, 30].Select(a => string.Join(' ', a));

    [Fact]
    public void WordsAreThoseOfTheDefinition() =>
        s_text.Sample(text => Assert.Equal(Definition(text).Order(StringComparer.Ordinal), Words(text).Order(StringComparer.Ordinal)), iter: 20_000);

    // Long texts (the reader finds the spaces 64 characters at a time): the words in order, repeated as they occur.
    [Fact]
    public void ReaderGivesTheDefinitionsWordsInOrder() =>
        Gen.Frequency((3, s_text), (1, Gen.Int[1, 70].Select(n => new string(' ', n))))
            .Array[1, 8].Select(a => string.Concat(a))
            .Sample(text =>
            {
                var read = new List<string>();
                var reader = new ContentWords.Reader(text, s_tuning.Titles.ContentWordMinLength, stackalloc char[64]);
                while (reader.MoveNext())
                {
                    read.Add(reader.Current.ToString());
                }
                Assert.Equal(DefinitionInOrder(text), read);
            }, iter: 10_000);

    // Every UTF-16 code unit: the punctuation test (two masks for ASCII) is membership of the set the definition trims.
    [Fact]
    public void PunctuationIsTheTrimmedSet()
    {
        const string set = ".,;:!?\"“”‘’'()[]«»";
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(set.Contains(c) == ContentWords.IsPunctuation(c), $"U+{(int)c:X4}");
        }
        Assert.False(ContentWords.IsPunctuation(char.MaxValue));
    }

    [Fact]
    public void Example() =>
        Assert.Equal(["council", "vote"], Words("The Council’s votes, the council.").Order(StringComparer.Ordinal));

    // The words of a text in a vocabulary of their own, as strings.
    private static IEnumerable<string> Words(string text) => ContentWords.Of(text, new Vocabulary(), s_tuning).Words;

    // As first written: split on spaces, trim the punctuation, lower-case, cut "'s" or a plural s, drop stop words.
    private static HashSet<string> Definition(string text) => new(DefinitionInOrder(text), StringComparer.Ordinal);

    private static List<string> DefinitionInOrder(string text)
    {
        var min = s_tuning.Titles.ContentWordMinLength;
        var words = new List<string>();
        foreach (var token in text.Split(' '))
        {
            var word = token.Trim(".,;:!?\"“”‘’'()[]«»".ToCharArray());
            if (word.Length < min)
            {
                continue;
            }
            word = word.ToLowerInvariant();
            word = word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2]
                : word.Length > min && word[^1] == 's' ? word[..^1] : word;
            if (word.Length >= min && !StopWords.Contains(word))
            {
                words.Add(word);
            }
        }
        return words;
    }

    private static readonly string[] s_runWords = ["council", "library", "votes", "mayor", "budget", "river", "bridge", "school", "the", "and"];

    [Fact]
    public void RunsAreUnionsOfTheirParagraphs()
    {
        var paragraphs = Gen.OneOf(s_runWords).Array[0, 6].Select(a => string.Join(' ', a)).Array[0, 12];
        var runs = Gen.Select(Gen.Int[-2, 13], Gen.Int[0, 12]).Array[1, 8];
        Gen.Select(paragraphs, runs).Sample((texts, asked) =>
        {
            var words = new ParagraphWords(texts, new Vocabulary(), s_tuning);
            foreach (var (first, count) in asked)
            {
                var expected = new HashSet<string>(StringComparer.Ordinal);
                for (var k = Math.Max(first, 0); k < Math.Min(texts.Length, first + count); k++)
                {
                    expected.UnionWith(Words(texts[k]));
                }
                Assert.True(expected.SetEquals(words.Of(first, count).Words), $"{first}+{count}");
            }
        }, iter: 5_000);
    }

    [Fact]
    public void MatchingAnswersForTheWantedWordsAsTheRunDoes()
    {
        var paragraphs = Gen.OneOf(s_runWords).Array[0, 6].Select(a => string.Join(' ', a)).Array[0, 12];
        var runs = Gen.Select(Gen.Int[-2, 13], Gen.Int[0, 12]).Array[0, 4];
        var wanted = Gen.OneOf([.. s_runWords, "vote", "rivers", "absent"]).Array[0, 5].Select(a => a.ToHashSet(StringComparer.Ordinal)).Array[0, 4];
        Gen.Select(paragraphs, runs, wanted, Gen.Select(Gen.Int[-2, 13], Gen.Int[0, 12])).Sample((texts, before, sets, run) =>
        {
            var words = new ParagraphWords(texts, new Vocabulary(), s_tuning);
            foreach (var (first, count) in before)
            {
                words.Of(first, count);
            }
            // Some paragraphs' own sets made already (the lede, a competing line's run).
            if (texts.Length > 3)
            {
                words.Of(3);
            }
            var expected = new HashSet<string>(StringComparer.Ordinal);
            for (var k = Math.Max(run.Item1, 0); k < Math.Min(texts.Length, run.Item1 + run.Item2); k++)
            {
                expected.UnionWith(Words(texts[k]));
            }
            var matching = words.Matching(sets.Select(set => InVocabulary(set, words.Vocabulary)).ToList(), run.Item1, run.Item2);
            foreach (var word in sets.SelectMany(w => w))
            {
                Assert.True(expected.Contains(word) == matching.Contains(words.Vocabulary.IndexOf(word)), $"{word} in {run}");
            }
            // The run asked for afterwards is still the union.
            Assert.True(expected.SetEquals(words.Of(run.Item1, run.Item2).Words));
        }, iter: 5_000);
    }

    // The wanted words as a candidate's set of the page's vocabulary (numbered there, as a candidate's line's words are).
    private static WordSet InVocabulary(HashSet<string> words, Vocabulary vocabulary)
    {
        var set = new WordSet(vocabulary);
        foreach (var word in words)
        {
            set.Add(word);
        }
        return set;
    }
}
