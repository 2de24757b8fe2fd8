using NewsArchive.Corpus;
using NewsArchive.Stories;

namespace NewsArchive.UnitTests.Stories;

/// <summary>
/// A candidate read from the database is first compared on its stored row, read in place (no decoding, no term
/// lookups): its Jaccard estimate and its shared informative terms must be those of the decoded sketch.
/// </summary>
public sealed class StoredFormComparisonTests
{
    [Fact]
    public void The_stored_forms_give_the_jaccard_and_the_shared_informative_terms_of_the_decoded_sketch()
    {
        // Generated articles with near-duplicates and retellings: pairs that share many terms, some, or none.
        var sketches = new CorpusGenerator(3, retellPercent: 30, profile: CorpusProfile.ShortItems).Generate(160)
            .Select(f => ArticleSketch.Compute(f.Text[..f.Text.IndexOf('\n', StringComparison.Ordinal)], f.Text))
            .ToList();
        var counts = new DocumentCounts { Articles = 0 };
        foreach (var s in sketches)
        {
            counts.Change(s, +1);
        }
        var (sharedSeen, copies, uninformative) = (0, 0, 0);
        foreach (var a in sketches)
        {
            Assert.True(TermWeights.IsSorted(a));
            TermWeights.Focus(a, counts);
            foreach (var b in sketches)
            {
                var decoded = ArticleSketch.FromStored(b.StoredMinHash(), b.StoredTerms());
                var expected = TermWeights.SharedInformative(decoded, counts);

                Assert.Equal(expected, TermWeights.SharedInformative(a, b.StoredTerms(), counts));
                Assert.Equal(a.Jaccard(decoded), a.JaccardStored(b.StoredMinHash()));
                sharedSeen += expected is > 0 and < 100 ? 1 : 0;
                copies += a != b && a.Jaccard(b) >= StoryTuning.CopyJaccard ? 1 : 0;
            }
            uninformative += a.Terms.Count(t => !counts.IsInformative(t.Term));
        }
        // The set exercises what the comparison tells apart: pairs sharing some terms, copies, and common terms.
        Assert.True(sharedSeen > 1000, $"{sharedSeen} pairs sharing informative terms");
        Assert.True(copies > 0);
        Assert.True(uninformative > 0);
    }

    [Fact]
    public void Stored_terms_out_of_order_are_left_to_the_decoded_sketch()
    {
        var counts = new DocumentCounts { Articles = 0 };
        var a = ArticleSketch.Compute("Kremlin says US rejected call", "Kremlin spokesman Dmitry Peskov said Washington turned down the offer of a live call.");
        counts.Change(a, +1);
        TermWeights.Focus(a, counts);
        var stored = a.StoredTerms();
        // The first two terms swapped (9 bytes each): a merge would miss shared terms, so no count is given.
        var swapped = stored[9..18].Concat(stored[..9]).Concat(stored[18..]).ToArray();

        Assert.Equal(a.Terms.Count, TermWeights.SharedInformative(a, stored, counts));
        Assert.Equal(int.MaxValue, TermWeights.SharedInformative(a, swapped, counts));
    }

    [Fact]
    public void A_stored_minhash_of_another_length_or_none_estimates_nothing()
    {
        var a = ArticleSketch.Compute("Title", "Kremlin spokesman Dmitry Peskov said Washington turned down the offer of a live call.");

        Assert.Equal(1.0, a.JaccardStored(a.StoredMinHash()));
        Assert.Equal(0, a.JaccardStored([]));
        Assert.Equal(0, a.JaccardStored(a.StoredMinHash().AsSpan(4)));
        Assert.Equal(0, ArticleSketch.Compute("Title", "Four words only here").JaccardStored(a.StoredMinHash()));
    }
}
