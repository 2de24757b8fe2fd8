using CsCheck;
using NewsArchive.Parsing.Titles;

namespace NewsArchive.UnitTests.Parsing.Titles;

/// <summary><see cref="Vocabulary"/> numbers words as a dictionary of strings would (ordinal, first met first), and
/// <see cref="WordSet"/> answers as a set of those numbers does.</summary>
public class WordSetTests
{
    private static readonly Gen<string> s_word = Gen.Frequency(
        (3, Gen.OneOf("council", "Council", "councils", "vote", "votes", "über", "Über", "日本語", "straße", "abcd", "abcde", "abcdefgh", "abcdefghi")),
        (2, Gen.Char['a', 'f'].Array[0, 12].Select(a => new string(a))),
        (1, Gen.Char.Array[0, 70].Select(a => new string(a))));

    // Pooled or not, and a pooled one again after giving its arrays back (to a pool whose arrays hold old words).
    [Fact]
    public void VocabularyNumbersWordsInTheOrderFirstMet() =>
        Gen.Select(s_word.Array[0, 300], s_word.Array[0, 20], Gen.Int[0, 2]).Sample((added, asked, kind) =>
        {
            using var vocabulary = new Vocabulary(pooled: kind > 0);
            if (kind == 2)
            {
                foreach (var word in asked)
                {
                    vocabulary.Add(word + "x");
                }
                vocabulary.Dispose();
            }
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var word in added)
            {
                var id = vocabulary.Add(word);
                Assert.Equal(expected.TryAdd(word, expected.Count) ? expected.Count - 1 : expected[word], id);
                Assert.Equal(word, vocabulary[id]);
            }
            Assert.Equal(expected.Count, vocabulary.Count);
            foreach (var word in asked.Concat(added))
            {
                Assert.Equal(expected.GetValueOrDefault(word, -1), vocabulary.IndexOf(word));
            }
            Assert.Equal(expected.Count, vocabulary.Count);
        }, iter: 2_000);

    private static readonly Gen<int[]> s_ids = Gen.Frequency((3, Gen.Int[0, 140]), (1, Gen.Int[0, 700])).Array[0, 60];

    [Fact]
    public void SetsAnswerAsSetsOfNumbers() =>
        Gen.Select(s_ids, s_ids, s_ids).Sample((a, b, removed) =>
        {
            var vocabulary = new Vocabulary();
            for (var k = 0; k <= 700; k++)
            {
                vocabulary.Add($"word{k}");
            }
            var (x, y) = (Of(vocabulary, a), Of(vocabulary, b));
            var (ex, ey) = (a.ToHashSet(), b.ToHashSet());
            foreach (var id in removed)
            {
                Assert.Equal(ex.Remove(id), x.Remove(id));
            }
            Assert.Equal(ex.Count, x.Count);
            Assert.Equal(ex.Count(ey.Contains), x.Shared(y));
            Assert.Equal(ex.Count(ey.Contains), y.Shared(x));
            for (var id = -1; id <= 701; id++)
            {
                Assert.Equal(ex.Contains(id), x.Contains(id));
            }
            Assert.Equal(ex.Order().Select(id => $"word{id}"), x.Words);

            // found receives the pending words the set holds, and pending keeps the others.
            var (pending, found) = (new WordSet(x), Of(vocabulary, [700]));
            pending.MoveShared(y, found);
            Assert.Equal(ex.Except(ey).Order().Select(id => $"word{id}"), pending.Words);
            Assert.Equal(ex.Intersect(ey).Append(700).Distinct().Order().Select(id => $"word{id}"), found.Words);
            Assert.Equal(ex.Intersect(ey).Append(700).Distinct().Count(), found.Count);
            Assert.Equal(ex.Except(ey).Count(), pending.Count);

            var union = new WordSet(x);
            union.UnionWith(y);
            Assert.Equal(ex.Union(ey).Order().Select(id => $"word{id}"), union.Words);
            Assert.Equal(ex.Union(ey).Count(), union.Count);
            // The copy is a copy: x is unchanged.
            Assert.Equal(ex.Count, x.Count);
        }, iter: 3_000);

    [Fact]
    public void SetsOfTwoVocabulariesAreNotCompared() =>
        Assert.Throws<InvalidOperationException>(() => new WordSet(new Vocabulary()).Shared(new WordSet(new Vocabulary())));

    private static WordSet Of(Vocabulary vocabulary, IEnumerable<int> ids)
    {
        var set = new WordSet(vocabulary);
        foreach (var id in ids)
        {
            set.Add(id);
        }
        return set;
    }
}
