using NewsArchive.Stories;

namespace NewsArchive.UnitTests.Stories;

/// <summary>The sketch's fast paths (the shingle ring, the densification, the ASCII word table) give exactly the values of their definitions.</summary>
public sealed class SketchKernelTests
{
    [Fact]
    public void The_signature_is_that_of_the_shingles_of_consecutive_words_oldest_first()
    {
        // The ring of the last words (no division a word) against the definition, over lengths around the window's
        // and a reused hasher (a reset starts the ring and the bins again).
        var random = new Random(12);
        var hasher = new ArticleSketch.MinHasher();
        var reference = new ArticleSketch.MinHasher();
        foreach (var length in new[] { 0, 1, 4, 5, 6, 9, 10, 11, 237 })
        {
            var words = Enumerable.Range(0, length).Select(_ => (ulong)random.NextInt64()).ToArray();
            hasher.Reset();
            foreach (var word in words)
            {
                hasher.Add(word);
            }
            reference.Reset();
            for (var end = StoryTuning.ShingleWords; end <= words.Length; end++)
            {
                reference.AddShingle(ArticleSketch.MinHasher.ShingleHash(words.AsSpan(end - StoryTuning.ShingleWords, StoryTuning.ShingleWords)));
            }
            var signature = hasher.Signature();
            Assert.Equal(length < StoryTuning.ShingleWords ? 0 : StoryTuning.Hashes, signature.Length);
            Assert.Equal(reference.Signature(), signature);
        }
    }

    [Fact]
    public void A_shingle_depends_on_its_words_order()
    {
        ulong[] words = [1, 2, 3, 4, 5];
        ulong[] swapped = [2, 1, 3, 4, 5];
        Assert.NotEqual(ArticleSketch.MinHasher.ShingleHash(words), ArticleSketch.MinHasher.ShingleHash(swapped));
    }

    [Fact]
    public void An_empty_bin_borrows_from_a_filled_one_the_same_for_every_body()
    {
        var random = new Random(3);
        for (var n = 0; n < 2_000; n++)
        {
            // Few filled bins (the densification's case), down to one.
            var filled = 0UL;
            for (var k = random.Next(1, 6); k > 0; k--)
            {
                filled |= 1UL << random.Next(StoryTuning.Hashes);
            }
            for (var bin = 0; bin < StoryTuning.Hashes; bin++)
            {
                var donor = ArticleSketch.MinHasher.Donor(bin, filled);
                Assert.True((filled >> donor & 1) != 0);
                Assert.True((filled >> bin & 1) == 0 || donor == bin);
                Assert.Equal(donor, ArticleSketch.MinHasher.Donor(bin, filled));
            }
        }
    }

    [Fact]
    public void Words_are_split_hashed_and_classified_as_by_the_char_methods()
    {
        const string text = "Kremlin’s SPOKESMAN Dmitry Peskov, 42, said: «Ça va» — Zürich, İstanbul, ΑΘΗΝΑ, x2 and the 3rd é-clair "
            + "ǅemal ǈ Ⅻ ½ ٣ 東京 a-b-c to be or not; SUPERCALIFRAGILISTICEXPIALIDOCIOUS-SUPERCALIFRAGILISTICEXPIALIDOCIOUS-SUPERCALIFRAGILISTIC.";
        var words = new List<(ulong, bool, bool)>();
        StoryText.Words(text, (hash, term, capital) => words.Add((hash, term, capital)));

        Assert.Equal(Reference(text), words);
        Assert.Contains(words, w => w.Item3);
        Assert.Contains(words, w => !w.Item2);
    }

    /// <summary>The definition: runs of <c>char.IsLetterOrDigit</c>, lowered invariantly, FNV-1a; stop words by <c>StopWords</c>.</summary>
    private static List<(ulong, bool, bool)> Reference(string text)
    {
        var words = new List<(ulong, bool, bool)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            var start = i;
            var capital = i < text.Length && char.IsUpper(text[i]);
            var hash = 14695981039346656037UL;
            var lower = new System.Text.StringBuilder();
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                var c = char.ToLowerInvariant(text[i]);
                lower.Append(c);
                hash = (hash ^ c) * 1099511628211UL;
                i++;
            }
            if (lower.Length > 0)
            {
                var word = lower.ToString();
                var prefix = word[..Math.Min(word.Length, 64)];
                var term = word.Length >= 3 && (word.Length > NewsArchive.Parsing.Document.StopWords.MaxLength || !NewsArchive.Parsing.Document.StopWords.Contains(prefix));
                words.Add((hash, term, capital));
            }
        }
        return words;
    }
}
