using NewsArchive.Parsing.Document;

namespace NewsArchive.Tools.ExtractionLab;

/// <summary>A listwise (softmax) linear ranker fitted by full-batch gradient descent with momentum and L2. Deterministic.</summary>
internal static class Ranker
{
    private const double L2 = 0.01;
    private const int Iterations = 3000;
    private const double LearningRate = 0.5;
    private const double Momentum = 0.9;

    /// <summary>Weights that make the right candidates of each group likely; rounded as the model file writes them.</summary>
    public static double[] Fit(IReadOnlyList<Trainer.Group> groups, int features)
    {
        var w = new double[features];
        var velocity = new double[features];
        var gradient = new double[features];
        var scores = new double[groups.Count == 0 ? 0 : groups.Max(g => g.X.Length)];
        for (var iteration = 0; iteration < Iterations && groups.Count > 0; iteration++)
        {
            Array.Clear(gradient);
            foreach (var (x, right) in groups)
            {
                var max = double.NegativeInfinity;
                for (var c = 0; c < x.Length; c++)
                {
                    scores[c] = ExtractionModel.Score(x[c], w);
                    max = Math.Max(max, scores[c]);
                }
                double total = 0, rightTotal = 0;
                for (var c = 0; c < x.Length; c++)
                {
                    scores[c] = Math.Exp(scores[c] - max);
                    total += scores[c];
                }
                foreach (var r in right)
                {
                    rightTotal += scores[r];
                }
                for (var c = 0; c < x.Length; c++)
                {
                    // d(-log P(right)) / d s_c = p_c - p_c given right
                    var coefficient = (scores[c] / total) - (Array.IndexOf(right, c) >= 0 ? scores[c] / rightTotal : 0);
                    for (var j = 0; j < features && coefficient != 0; j++)
                    {
                        gradient[j] += coefficient * x[c][j];
                    }
                }
            }
            for (var j = 0; j < features; j++)
            {
                var g = (gradient[j] / groups.Count) + (j == 0 ? 0 : L2 * w[j]);
                velocity[j] = (Momentum * velocity[j]) - (LearningRate * g);
                w[j] += velocity[j];
            }
        }
        return ExtractionModel.Round(w);
    }
}
