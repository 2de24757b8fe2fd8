using NewsArchive.Parsing.Document;

namespace NewsArchive.Tools.ExtractionLab;

/// <summary>
/// Precision first: the probability the date ranker must give its best date before the parser takes it. Chosen by
/// an inner leave-site-out cross-validation over the training pages only (the ranker refitted on the other inner
/// folds), so the threshold is set on dates the ranker did not learn from: the one that maximises right dates
/// minus <see cref="WrongCost"/> times wrong ones.
/// </summary>
internal static class DateAcceptance
{
    /// <summary>A wrong date costs this many right ones ("undated" beats a wrong date).</summary>
    public const double WrongCost = 3;

    private const int InnerFolds = 5;
    private static readonly double[] s_thresholds = [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    public static double Fit(IReadOnlyList<Trainer.DatePage> pages, TextWriter? log)
    {
        var folds = Folds.Assign(pages.Select(p => p.Page).ToList(), InnerFolds);
        var outcomes = new List<(double Probability, bool Right)>();
        for (var fold = 0; fold < InnerFolds; fold++)
        {
            var weights = Ranker.Fit(pages.Where((_, i) => folds[i] != fold).Select(p => p.Group).ToList(), pages[0].Group.X[0].Length);
            foreach (var page in pages.Where((_, i) => folds[i] == fold))
            {
                var (best, probability) = Best(page.Group.X, weights);
                if (page.Dates[best] is { } date)
                {
                    outcomes.Add((probability, date == page.Gold));
                }
            }
        }
        var chosen = s_thresholds.MaxBy(t => outcomes.Count(o => o.Probability >= t && o.Right) - (WrongCost * outcomes.Count(o => o.Probability >= t && !o.Right)));
        log?.WriteLine("date acceptance, inner cross-validation by minimum probability: " + string.Join(", ", s_thresholds.Select(t => $"{t}: {outcomes.Count(o => o.Probability >= t && o.Right)} right {outcomes.Count(o => o.Probability >= t && !o.Right)} wrong")));
        log?.WriteLine($"date acceptance: minimum probability {chosen} (inner cross-validation: {outcomes.Count(o => o.Probability >= chosen && o.Right)} right, {outcomes.Count(o => o.Probability >= chosen && !o.Right)} wrong of {outcomes.Count} dates; at 0: {outcomes.Count(o => o.Right)} right, {outcomes.Count(o => !o.Right)} wrong)");
        return chosen;
    }

    /// <summary>The best candidate and its softmax probability.</summary>
    public static (int Best, double Probability) Best(double[][] x, double[] weights)
    {
        var scores = x.Select(row => ExtractionModel.Score(row, weights)).ToArray();
        var best = Array.IndexOf(scores, scores.Max());
        var total = scores.Sum(s => Math.Exp(s - scores[best]));
        return (best, 1 / total);
    }
}
