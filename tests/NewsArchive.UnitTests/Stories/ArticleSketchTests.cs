using NewsArchive.Stories;

namespace NewsArchive.UnitTests.Stories;

public sealed class ArticleSketchTests
{
    private const string Body = "Kremlin spokesman Dmitry Peskov said on Monday that Washington had turned down the offer of a live video call "
        + "between the two presidents, and that Moscow regretted the missed chance to discuss strategic stability in public. "
        + "The offer was made last week after an interview in which the American president agreed that his counterpart was a killer.";

    [Fact]
    public void The_signature_is_each_bins_minimum_over_the_word_five_grams_densified_and_cut_to_its_low_bits()
    {
        // The definition, written out: one hash a 5-gram, its high part the bin (of 60), its low 32 bits the value; an
        // empty bin takes the minimum of the first filled bin of its probe sequence; 16 bits kept.
        var words = new List<ulong>();
        StoryText.Words(Body, (hash, _, _) => words.Add(hash));
        var min = Enumerable.Repeat(uint.MaxValue, StoryTuning.Hashes).ToArray();
        var filled = new bool[StoryTuning.Hashes];
        for (var end = StoryTuning.ShingleWords; end <= words.Count; end++)
        {
            var shingle = 0x2545F4914F6CDD1DUL;
            foreach (var word in words.Skip(end - StoryTuning.ShingleWords).Take(StoryTuning.ShingleWords))
            {
                shingle = (shingle ^ word) * 0x9E3779B97F4A7C15UL;
            }
            var hash = StoryText.Mix(shingle);
            var bin = (int)(((UInt128)hash * StoryTuning.Hashes) >> 64);
            min[bin] = Math.Min(min[bin], (uint)hash);
            filled[bin] = true;
        }
        Assert.Contains(false, filled);
        var expected = new ushort[StoryTuning.Hashes];
        for (var bin = 0; bin < expected.Length; bin++)
        {
            var donor = bin;
            var probe = StoryText.Mix(0x6A09E667F3BCC909UL + (ulong)bin);
            while (!filled[donor])
            {
                probe = StoryText.Mix(probe + 0x9E3779B97F4A7C15UL);
                donor = (int)(((UInt128)probe * StoryTuning.Hashes) >> 64);
            }
            expected[bin] = (ushort)min[donor];
        }

        var sketch = ArticleSketch.Compute("Kremlin says US rejected call", Body);

        Assert.Equal(expected, sketch.MinHash);
    }

    [Fact]
    public void A_body_of_fewer_than_five_words_has_no_signature_and_copies_nothing()
    {
        var shortOne = ArticleSketch.Compute("Title", "Only four words here");

        Assert.Empty(shortOne.MinHash);
        Assert.Equal(0, shortOne.Jaccard(ArticleSketch.Compute("Title", Body)));
    }

    [Fact]
    public void The_same_lead_is_alike_and_shares_its_rare_terms_an_unrelated_one_shares_none()
    {
        var counts = new DocumentCounts { Articles = 1000 };
        var a = ArticleSketch.Compute("Kremlin says US rejected call", Body);
        var b = ArticleSketch.Compute("Kremlin says US rejected call", Body);
        var other = ArticleSketch.Compute("Harvest festival opens early", "Farmers in the valley began the harvest festival early this year after a warm spring, and bakers sold out of pies.");

        Assert.Equal(1.0, TermWeights.Cosine(a, b, counts), 9);
        // No term is in any counted article yet: every one is rare, so every one is shared evidence.
        Assert.Equal(a.Terms.Count, TermWeights.SharedInformative(a, b, counts));
        Assert.Equal(0, TermWeights.SharedInformative(a, other, counts));
        Assert.Equal(0, TermWeights.Cosine(a, other, counts), 9);
        Assert.Equal(1.0, a.Jaccard(b));
    }
}
