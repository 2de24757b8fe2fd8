using System.Runtime.Intrinsics.X86;
using NewsArchive.Stories;

namespace NewsArchive.UnitTests.Stories;

/// <summary>The sketch's fast paths (32-bit-lane MinHash, ASCII word table) give exactly the values of their definitions.</summary>
public sealed class SketchKernelTests
{
    [Fact]
    public void The_32_bit_lane_minhash_gives_the_values_of_one_at_a_time_and_of_the_64_bit_lanes()
    {
        // Without AVX2 (not this project's machines) only the 64-bit lanes are compared with the definition.
        var avx2 = Avx2.IsSupported;
        var random = new Random(15);
        var (lanes32, lanes64) = (new ArticleSketch.MinHasher(), new ArticleSketch.MinHasher());
        lanes32.Reset();
        lanes64.Reset();
        var expected = Enumerable.Repeat(uint.MaxValue, StoryTuning.Hashes).ToArray();
        for (var n = 0; n < 5_000; n++)
        {
            // Whole-range values, and ones with a zero or all-ones half (the carries between the halves).
            var shingle = (n % 3) switch
            {
                0 => (ulong)random.NextInt64() ^ ((ulong)random.Next() << 63),
                1 => (ulong)(uint)random.Next(),
                _ => ((ulong)(uint)random.Next() << 32) | uint.MaxValue,
            };
            if (avx2)
            {
                lanes32.AddAvx2(shingle);
            }
            lanes64.AddVectors(shingle);
            for (var h = 0; h < expected.Length; h++)
            {
                expected[h] = Math.Min(expected[h], ArticleSketch.MinHasher.Value(shingle, h));
            }
            if (avx2 && n % 500 == 0)
            {
                Assert.Equal(expected, lanes32.Minimums.ToArray());
            }
        }
        Assert.Equal(expected, lanes64.Minimums.ToArray());
        if (avx2)
        {
            Assert.Equal(expected, lanes32.Minimums.ToArray());
        }
    }

    [Fact]
    public void The_signature_is_the_minimum_over_the_shingles_of_consecutive_words_oldest_first()
    {
        // The ring of the last words (no division a word) against the definition, over lengths around the window's
        // and a reused hasher (a reset starts the ring again).
        var random = new Random(12);
        var hasher = new ArticleSketch.MinHasher();
        foreach (var length in new[] { 0, 1, 4, 5, 6, 9, 10, 11, 237 })
        {
            var words = Enumerable.Range(0, length).Select(_ => (ulong)random.NextInt64()).ToArray();
            hasher.Reset();
            foreach (var word in words)
            {
                hasher.Add(word);
            }
            var expected = Enumerable.Repeat(uint.MaxValue, StoryTuning.Hashes).ToArray();
            for (var end = StoryTuning.ShingleWords; end <= words.Length; end++)
            {
                var shingle = 0x2545F4914F6CDD1DUL;
                for (var i = end - StoryTuning.ShingleWords; i < end; i++)
                {
                    shingle = StoryText.Mix(shingle ^ words[i]);
                }
                for (var h = 0; h < expected.Length; h++)
                {
                    expected[h] = Math.Min(expected[h], ArticleSketch.MinHasher.Value(shingle, h));
                }
            }
            Assert.Equal(length < StoryTuning.ShingleWords ? [] : expected, hasher.Signature());
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
