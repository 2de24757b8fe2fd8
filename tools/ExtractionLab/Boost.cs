using System.Globalization;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Tools.ExtractionLab;

/// <summary>
/// Gradient-boosted regression trees on top of a linear softmax ranker: each tree is fitted to the gradient of the
/// listwise loss (the candidate's probability minus its probability given that a right one wins) with Newton leaf
/// values, so the trees correct what the linear score cannot express (a feature that helps only together with
/// another). Splits are searched over at most <see cref="MaxThresholds"/> thresholds a feature, written as the model
/// file rounds them; the loops run in a fixed order and ties keep the first, so the same groups give the same trees.
/// </summary>
internal static class Boost
{
    public const int Depth = 3;
    public const double Shrinkage = 0.1;
    public const double Lambda = 1;
    public const double MinChildHessian = 0.5;
    public const int MaxThresholds = 32;

    /// <summary>One tree: heap-numbered nodes, each a split (feature, threshold) or a leaf (feature -1, value).</summary>
    internal sealed class Tree
    {
        public SortedDictionary<int, (int Feature, double Value)> Nodes { get; } = [];

        public double Score(double[] x)
        {
            var n = 0;
            while (Nodes[n] is { Feature: >= 0 } split)
            {
                n = x[split.Feature] <= split.Value ? (2 * n) + 1 : (2 * n) + 2;
            }
            return Nodes[n].Value;
        }
    }

    /// <summary><paramref name="count"/> trees boosted from the linear scores of <paramref name="linear"/>.</summary>
    public static List<Tree> Fit(IReadOnlyList<Trainer.Group> groups, double[] linear, int count)
    {
        var rows = groups.SelectMany(g => g.X).ToArray();
        var start = new int[groups.Count + 1];
        for (var i = 0; i < groups.Count; i++)
        {
            start[i + 1] = start[i] + groups[i].X.Length;
        }
        var isRight = new bool[rows.Length];
        for (var i = 0; i < groups.Count; i++)
        {
            foreach (var r in groups[i].Right)
            {
                isRight[start[i] + r] = true;
            }
        }
        var features = linear.Length;
        var thresholds = new double[features][];
        var bins = new int[features][];
        for (var f = 0; f < features; f++)
        {
            thresholds[f] = Thresholds(rows.Select(x => x[f]));
            var t = thresholds[f];
            bins[f] = rows.Select(x => Bin(t, x[f])).ToArray();
        }
        var score = rows.Select(x => ExtractionModel.Score(x, linear)).ToArray();
        var (gradient, hessian) = (new double[rows.Length], new double[rows.Length]);
        var trees = new List<Tree>();
        for (var t = 0; t < count && rows.Length > 0; t++)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                Gradients(score, isRight, start[g], start[g + 1], gradient, hessian);
            }
            var tree = new Tree();
            Grow(tree, 0, 0, Enumerable.Range(0, rows.Length).ToArray(), gradient, hessian, bins, thresholds);
            for (var r = 0; r < rows.Length; r++)
            {
                score[r] += tree.Score(rows[r]);
            }
            trees.Add(tree);
        }
        return trees;
    }

    /// <summary>The trees as model entries (<see cref="TreeEnsemble"/>'s names).</summary>
    public static IEnumerable<(string Name, double Weight)> Entries(IEnumerable<Tree> trees, IReadOnlyList<string> names) =>
        trees.SelectMany((tree, t) => tree.Nodes.Select(n => (
            string.Create(CultureInfo.InvariantCulture, $"t{t}.n{n.Key}") + (n.Value.Feature >= 0 ? "." + names[n.Value.Feature] : ""),
            n.Value.Value)));

    // d(-log P(right)) / d s_c = p_c - p_c given right; the hessian's diagonal is taken as p_c (1 - p_c).
    private static void Gradients(double[] score, bool[] isRight, int from, int to, double[] gradient, double[] hessian)
    {
        var max = double.NegativeInfinity;
        for (var r = from; r < to; r++)
        {
            max = Math.Max(max, score[r]);
        }
        double total = 0, rightTotal = 0;
        for (var r = from; r < to; r++)
        {
            var e = Math.Exp(score[r] - max);
            total += e;
            rightTotal += isRight[r] ? e : 0;
        }
        for (var r = from; r < to; r++)
        {
            var e = Math.Exp(score[r] - max);
            var p = e / total;
            gradient[r] = p - (isRight[r] ? e / rightTotal : 0);
            hessian[r] = Math.Max(p * (1 - p), 1e-6);
        }
    }

    private static void Grow(Tree tree, int node, int depth, int[] rows, double[] gradient, double[] hessian, int[][] bins, double[][] thresholds)
    {
        double g = 0, h = 0;
        foreach (var r in rows)
        {
            (g, h) = (g + gradient[r], h + hessian[r]);
        }
        var (bestGain, bestFeature, bestBin) = (0.0, -1, -1);
        if (depth < Depth)
        {
            var parent = g * g / (h + Lambda);
            for (var f = 0; f < bins.Length; f++)
            {
                var count = thresholds[f].Length;
                if (count == 0)
                {
                    continue;
                }
                var (hg, hh) = (new double[count + 1], new double[count + 1]);
                foreach (var r in rows)
                {
                    hg[bins[f][r]] += gradient[r];
                    hh[bins[f][r]] += hessian[r];
                }
                double lg = 0, lh = 0;
                for (var b = 0; b < count; b++)
                {
                    (lg, lh) = (lg + hg[b], lh + hh[b]);
                    var (rg, rh) = (g - lg, h - lh);
                    if (lh < MinChildHessian || rh < MinChildHessian)
                    {
                        continue;
                    }
                    var gain = (lg * lg / (lh + Lambda)) + (rg * rg / (rh + Lambda)) - parent;
                    if (gain > bestGain + 1e-12)
                    {
                        (bestGain, bestFeature, bestBin) = (gain, f, b);
                    }
                }
            }
        }
        if (bestFeature < 0)
        {
            tree.Nodes[node] = (-1, ExtractionModel.Round([-Shrinkage * g / (h + Lambda)])[0]);
            return;
        }
        tree.Nodes[node] = (bestFeature, thresholds[bestFeature][bestBin]);
        var column = bins[bestFeature];
        Grow(tree, (2 * node) + 1, depth + 1, rows.Where(r => column[r] <= bestBin).ToArray(), gradient, hessian, bins, thresholds);
        Grow(tree, (2 * node) + 2, depth + 1, rows.Where(r => column[r] > bestBin).ToArray(), gradient, hessian, bins, thresholds);
    }

    // Midpoints between the distinct values, rounded as the file writes them, at most MaxThresholds (evenly by rank).
    private static double[] Thresholds(IEnumerable<double> values)
    {
        var distinct = values.Distinct().Order().ToArray();
        var mids = ExtractionModel.Round(distinct.Zip(distinct.Skip(1), (a, b) => (a + b) / 2)).Distinct().Order().ToArray();
        if (mids.Length <= MaxThresholds)
        {
            return mids;
        }
        return Enumerable.Range(0, MaxThresholds).Select(i => mids[(int)((long)i * mids.Length / MaxThresholds)]).Distinct().ToArray();
    }

    // The number of thresholds below the value: the value is at most threshold k exactly when its bin is at most k.
    private static int Bin(double[] thresholds, double value)
    {
        var (lo, hi) = (0, thresholds.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (thresholds[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
