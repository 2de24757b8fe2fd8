using NewsArchive.Stories;

namespace NewsArchive.UnitTests.Stories;

/// <summary>
/// The run's counts give each term a slot, and a held sketch keeps only slots: weighing by slots, with the new
/// article's terms marked once, must give what the TF-IDF definitions give term by term.
/// </summary>
public sealed class DocumentCountsTests
{
    private static readonly ArticleSketch s_a = ArticleSketch.Compute("Kremlin says US rejected call", "Kremlin spokesman Dmitry Peskov said on Monday that "
        + "Washington had turned down the offer of a live video call between the two presidents, and that Moscow regretted the missed chance.");

    private static readonly ArticleSketch s_b = ArticleSketch.Compute("Peskov: Washington turned down the call", "Dmitry Peskov told reporters in Moscow that "
        + "the offer of a public call between the presidents was turned down by Washington, which said the leaders would talk later.");

    private static readonly ArticleSketch s_other = ArticleSketch.Compute("Harvest festival opens early", "Farmers in the valley began the harvest "
        + "festival early this year after a warm spring, and bakers in Moscow sold out of pies before noon on Monday.");

    [Fact]
    public void Weighing_by_slots_gives_the_cosine_and_shared_terms_of_the_definitions()
    {
        var counts = Counted();

        foreach (var (x, y) in new[] { (s_a, s_b), (s_b, s_a), (s_a, s_other), (s_other, s_b), (s_a, s_a) })
        {
            Assert.Equal(ReferenceCosine(x, y, counts), TermWeights.Cosine(x, y, counts), 12);
            Assert.Equal(ReferenceShared(x, y, counts), TermWeights.SharedInformative(x, y, counts));
        }
        Assert.True(TermWeights.SharedInformative(s_a, s_b, counts) > 0);
        Assert.True(TermWeights.Cosine(s_a, s_other, counts) < TermWeights.Cosine(s_a, s_b, counts));
    }

    [Fact]
    public void A_held_sketch_keeps_its_terms_signature_and_stored_form_and_compares_as_the_full_one()
    {
        var counts = Counted();
        var full = ArticleSketch.Compute("Peskov: Washington turned down the call", "Dmitry Peskov told reporters in Moscow that "
            + "the offer of a public call between the presidents was turned down by Washington, which said the leaders would talk later.");

        var held = counts.Compact(full);

        Assert.True(held.IsCompact);
        Assert.Equal(s_b.Terms, held.Terms);
        Assert.Equal(s_b.MinHash, held.MinHash);
        Assert.Equal(s_b.BandKeys(), held.BandKeys());
        Assert.Equal(s_b.StoredTerms(), held.StoredTerms());
        Assert.Equal(TermWeights.Cosine(s_a, s_b, counts), TermWeights.Cosine(s_a, held, counts));
        Assert.Equal(TermWeights.SharedInformative(s_a, s_b, counts), TermWeights.SharedInformative(s_a, held, counts));
        Assert.Equal(1.0, held.Jaccard(s_b));
    }

    [Fact]
    public void Counts_changed_through_slots_are_read_back_by_term_and_reported_once_each_sorted()
    {
        var counts = new DocumentCounts { Articles = 0 };
        var leads = s_a.Terms.Concat(s_b.Terms).Select(t => t.Term).ToHashSet();
        var otherOnly = s_other.Terms.Select(t => t.Term).First(t => !leads.Contains(t));
        counts.Load(otherOnly, 5);

        counts.Change(s_a, +1);
        counts.Change(s_b, +1);
        counts.Change(s_other, +1);
        counts.Change(s_a, -1);

        var shared = s_a.Terms.Select(t => t.Term).Intersect(s_b.Terms.Select(t => t.Term)).Except(s_other.Terms.Select(t => t.Term)).First();
        Assert.Equal(1, counts.Docs(shared));
        Assert.Equal(6, counts.Docs(otherOnly));
        Assert.Equal(2, counts.Articles);
        var changes = counts.TakeChanges();
        var expected = s_a.Terms.Concat(s_b.Terms).Concat(s_other.Terms).Select(t => t.Term).Distinct().Order().ToList();
        Assert.Equal(expected, changes.Select(c => c.Term));
        Assert.All(changes, c => Assert.Equal(counts.Docs(c.Term), c.Docs));
        Assert.Empty(counts.TakeChanges());
    }

    [Fact]
    public void A_sketch_looked_up_on_a_loading_thread_before_its_terms_were_met_gets_the_slots_of_one_looked_up_after()
    {
        var counts = new DocumentCounts { Articles = 0 };
        counts.Change(s_other, +1);
        var early = ArticleSketch.Compute("Peskov: Washington turned down the call", "Dmitry Peskov told reporters in Moscow that "
            + "the offer of a public call between the presidents was turned down by Washington, which said the leaders would talk later.", counts);

        // Terms of the sketch are met (get slots) after it was looked up, and its own lookups saw only the older ones.
        counts.Change(s_a, +1);
        var (slots, bytes) = counts.Resolve(early);

        Assert.Equal(counts.Resolve(s_b).Slots, slots);
        Assert.Equal(s_b.Terms.Select(t => t.Count), bytes);
        Assert.Equal(s_b.Terms.Count, slots.Distinct().Count());
        Assert.Equal(s_a.Terms.Concat(s_b.Terms).Concat(s_other.Terms).Select(t => t.Term).Distinct().Count(), slots.Concat(counts.Resolve(s_a).Slots).Concat(counts.Resolve(s_other).Slots).Distinct().Count());
    }

    /// <summary>Counts as after 300 articles: the three leads' terms, and a few common ones in many.</summary>
    private static DocumentCounts Counted()
    {
        var counts = new DocumentCounts { Articles = 300 };
        var common = s_a.Terms.Take(3).Select(t => t.Term).ToHashSet();
        foreach (var term in s_a.Terms.Concat(s_b.Terms).Concat(s_other.Terms).Select(t => t.Term).Distinct())
        {
            counts.Load(term, common.Contains(term) ? 150 : 2);
        }
        return counts;
    }

    private static double Weight(byte count) => 1 + Math.Log(Math.Max(1, count & ~ArticleSketch.NameBit));

    private static double ReferenceCosine(ArticleSketch x, ArticleSketch y, DocumentCounts counts)
    {
        var a = x.Terms.ToDictionary(t => t.Term, t => Weight(t.Count) * counts.Idf(t.Term));
        var b = y.Terms.ToDictionary(t => t.Term, t => Weight(t.Count) * counts.Idf(t.Term));
        var dot = a.Where(t => b.ContainsKey(t.Key)).Sum(t => t.Value * b[t.Key]);
        return dot / Math.Sqrt(a.Values.Sum(v => v * v) * b.Values.Sum(v => v * v));
    }

    private static int ReferenceShared(ArticleSketch x, ArticleSketch y, DocumentCounts counts) =>
        x.Terms.Select(t => t.Term).Intersect(y.Terms.Select(t => t.Term)).Count(counts.IsInformative);
}
