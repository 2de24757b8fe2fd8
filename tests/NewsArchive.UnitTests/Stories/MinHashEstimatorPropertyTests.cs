using CsCheck;
using NewsArchive.Stories;

namespace NewsArchive.UnitTests.Stories;

/// <summary>
/// The one-permutation, densified, 16-bit MinHash estimates the Jaccard similarity of two shingle sets: on generated
/// pairs of sets with a known overlap (sizes from a few shingles, where most bins are empty and borrowed, to hundreds),
/// each estimate is within a bound of the true Jaccard and, over many pairs, unbiased.
/// </summary>
public sealed class MinHashEstimatorPropertyTests
{
    /// <summary>Two sets: <c>shared</c> shingles in both, <c>onlyA</c> and <c>onlyB</c> in one each (distinct random hashes).</summary>
    private static readonly Gen<(ulong[] Shared, ulong[] OnlyA, ulong[] OnlyB)> s_pair =
        Gen.Select(Gen.Int[0, 300], Gen.Int[0, 300], Gen.Int[0, 300], Gen.ULong)
            .Where(t => t.Item1 + t.Item2 > 0 && t.Item1 + t.Item3 > 0)
            .Select(t => Sets(t.Item1, t.Item2, t.Item3, t.Item4));

    private static (ulong[] Shared, ulong[] OnlyA, ulong[] OnlyB) Sets(int shared, int onlyA, int onlyB, ulong seed)
    {
        // Distinct hashes: a counter through the (bijective) mix from a random start.
        var next = seed;
        ulong[] Take(int n) => Enumerable.Range(0, n).Select(_ => StoryText.Mix(next++)).ToArray();
        return (Take(shared), Take(onlyA), Take(onlyB));
    }

    private static double TrueJaccard((ulong[] Shared, ulong[] OnlyA, ulong[] OnlyB) p) =>
        p.Shared.Length / (double)(p.Shared.Length + p.OnlyA.Length + p.OnlyB.Length);

    private static double Estimated((ulong[] Shared, ulong[] OnlyA, ulong[] OnlyB) p)
    {
        // A hasher a call: CsCheck samples on several threads.
        var hasher = new ArticleSketch.MinHasher();
        ushort[] Signature(IEnumerable<ulong> shingles)
        {
            hasher.Reset();
            foreach (var shingle in shingles)
            {
                hasher.AddShingle(shingle);
            }
            return hasher.Signature();
        }
        var a = Signature(p.Shared.Concat(p.OnlyA));
        // Another order: a set's signature does not depend on the order its shingles came in.
        var b = Signature(p.OnlyB.Reverse().Concat(p.Shared.Reverse()));
        var same = a.Zip(b).Count(v => v.First == v.Second);
        return ArticleSketch.Estimate(same, StoryTuning.Hashes);
    }

    [Fact]
    public void Each_estimate_is_within_a_bound_of_the_true_jaccard()
    {
        // 60 bins: the estimate's standard deviation is at most sqrt(1/4 / 60) ≈ 0.065 with no empty bin, and below
        // about 0.09 with most bins borrowed; 0.45 is five of those. Identical sets estimate 1, disjoint ones about 0.
        s_pair.Sample(p =>
        {
            var (truth, estimate) = (TrueJaccard(p), Estimated(p));
            var bound = truth is 0 or 1 ? 0.05 : 0.45;
            return Math.Abs(estimate - truth) <= bound;
        }, iter: 2_000);
    }

    [Fact]
    public void Over_many_pairs_the_estimate_is_unbiased()
    {
        // Forty pairs of one size and overlap at a time: their mean estimate is within 0.08 of the truth (the mean's
        // standard deviation is at most about 0.015). A biased densification (a borrowed bin agreeing more often
        // than its Jaccard) or an uncorrected b-bit chance would fail it at small or low-overlap sets.
        Gen.Select(Gen.Int[1, 200], Gen.Int[0, 200], Gen.Int[0, 200], Gen.ULong).Sample((shared, onlyA, onlyB, seed) =>
        {
            var pairs = Enumerable.Range(0, 40).Select(i => Sets(shared, onlyA, onlyB, StoryText.Mix(seed + (ulong)i) * 1_000_003)).ToArray();
            var mean = pairs.Average(p => Estimated(p));
            return Math.Abs(mean - TrueJaccard(pairs[0])) <= 0.08;
        }, iter: 150);
    }

    [Fact]
    public void The_chance_agreement_of_16_bit_values_is_corrected()
    {
        // All 60 bins agreeing is Jaccard 1; the 60 · 2^-16 bins that unrelated values agree on by chance are taken off.
        Assert.Equal(1.0, ArticleSketch.Estimate(StoryTuning.Hashes, StoryTuning.Hashes));
        Assert.Equal(0.0, ArticleSketch.Estimate(0, StoryTuning.Hashes));
        Assert.True(ArticleSketch.Estimate(30, StoryTuning.Hashes) < 0.5);
        Assert.Equal(0.5, ArticleSketch.Estimate(30, StoryTuning.Hashes), 4);
    }
}
