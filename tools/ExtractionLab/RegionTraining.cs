using System.Text.RegularExpressions;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Classification;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Tools.ExtractionLab;

/// <summary>
/// Fits the body-end ranker (<see cref="BodyBounds"/>): for each page, the places where the article region may end
/// (<see cref="BodyEndFeatures"/>) are scored against the gold body with the dev corpora's body measure (4-token
/// shingles, F1 of the page), and the right options are those within <see cref="Tolerance"/> of the best ("no cut"
/// among them when cutting gains nothing). Then the same listwise ranker and boosted trees as the headline's, the
/// tree count chosen by the same inner leave-site-out cross-validation over the training pages; and the probability
/// a cut needs, chosen by another inner cross-validation: the threshold whose cuts gain the most F1 on the inner
/// held-out pages (a tie keeps the higher threshold).
/// </summary>
internal static partial class RegionTraining
{
    /// <summary>Options whose F1 is this close to the best are right too.</summary>
    public const double Tolerance = 0.005;

    private const int InnerFolds = 5;
    private static readonly double[] s_thresholds = [0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

    /// <summary>The body-end ranker and the probability a cut needs.</summary>
    public static (Trainer.Fitted End, double MinProbability) Fit(IReadOnlyList<PageAnalysis> analyses, ParserPipeline rules, TextWriter? log)
    {
        var groups = new List<Trainer.Group>();
        var f1s = new List<double[]>();
        var pages = new List<DevPage>();
        var changes = 0;
        foreach (var analysis in analyses)
        {
            if (analysis.Through(rules, 3) is not { LowConfidence: false } document || EndOptions(analysis.Page, document) is not { } found)
            {
                continue;
            }
            var (x, f1) = found;
            var best = f1.Max();
            var right = Enumerable.Range(0, x.Length).Where(o => f1[o] >= best - Tolerance).ToArray();
            // The last option is "no cut".
            changes += Array.IndexOf(right, x.Length - 1) < 0 ? 1 : 0;
            groups.Add(new Trainer.Group(x, right));
            f1s.Add(f1);
            pages.Add(analysis.Page);
        }
        log?.WriteLine($"body end: {groups.Count} pages with a choice, {changes} of them better cut");
        var linear = Ranker.Fit(groups, BodyEndFeatures.Count);
        var count = TreeCount.Fit(pages, groups, log, "body end trees");
        var end = new Trainer.Fitted(linear, Boost.Fit(groups, linear, count));
        return (end, MinProbability(pages, groups, f1s, count, log));
    }

    // The inner cross-validation of the threshold: the ranker refitted without each inner fold (with the tree count
    // chosen on all the training pages), each held-out page's best cut and its probability and F1 gain.
    private static double MinProbability(List<DevPage> pages, List<Trainer.Group> groups, List<double[]> f1s, int trees, TextWriter? log)
    {
        var folds = Folds.Assign(pages, InnerFolds);
        var outcomes = new List<(double Probability, double Gain)>();
        for (var fold = 0; fold < InnerFolds; fold++)
        {
            var training = groups.Where((_, i) => folds[i] != fold).ToList();
            var linear = Ranker.Fit(training, BodyEndFeatures.Count);
            var model = new BodyBounds(ParserTuning.Default, Trainer.BoundsModel(new Trainer.Fitted(linear, Boost.Fit(training, linear, trees)), 0));
            for (var i = 0; i < groups.Count; i++)
            {
                if (folds[i] != fold)
                {
                    continue;
                }
                var options = groups[i].X.Select((x, o) => new BodyEndOption(o, x)).ToList();
                var (best, probability) = model.Best(options);
                if (best.LastKept != options.Count - 1)
                {
                    outcomes.Add((probability, f1s[i][best.LastKept] - f1s[i][^1]));
                }
            }
        }
        double Gain(double t) => outcomes.Where(o => o.Probability >= t).Sum(o => o.Gain);
        var chosen = s_thresholds.Reverse().MaxBy(Gain);
        log?.WriteLine($"body end acceptance: minimum probability {chosen} (inner cross-validation: {outcomes.Count(o => o.Probability >= chosen)} cuts, F1 gain {Gain(chosen):0.000}; at 0: {outcomes.Count} cuts, gain {Gain(0):0.000})");
        return chosen;
    }

    /// <summary>The page's body-end options and the F1 of the body each leaves; null without a choice.</summary>
    private static (double[][] X, double[] F1)? EndOptions(DevPage page, ParseDocument document)
    {
        var body = BodyBounds.BodyLines(document.Roles);
        var options = BodyEndFeatures.Candidates(document, body, ParserTuning.Default);
        if (options.Count < 2)
        {
            return null;
        }
        var gold = Shingles(Tokens(page.GoldBody));
        var tokens = new List<string>();
        var f1 = new double[options.Count];
        var next = 0;
        // Options are in the order of their last kept paragraph, "no cut" last.
        for (var o = 0; o < options.Count; o++)
        {
            for (; next <= options[o].LastKept; next++)
            {
                tokens.AddRange(Tokens(document.Lines[body[next]]));
            }
            f1[o] = F1(gold, Shingles(tokens));
        }
        return (options.Select(o => o.Features).ToArray(), f1);
    }

    private static List<string> Tokens(string text) => Word().Matches(text).Select(m => m.Value).ToList();

    // score.py: 4-token shingles as a multiset (one shorter shingle for a text of fewer than four tokens).
    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; tokens.Count > 0 && i < Math.Max(1, tokens.Count - 3); i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(4));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    private static double F1(Dictionary<string, int> gold, Dictionary<string, int> predicted)
    {
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, p) in predicted)
        {
            var g = gold.GetValueOrDefault(key);
            tp += Math.Min(g, p);
            fp += Math.Max(0, p - g);
        }
        foreach (var (key, g) in gold)
        {
            fn += Math.Max(0, g - predicted.GetValueOrDefault(key));
        }
        if (fp == 0 && fn == 0)
        {
            return 1;
        }
        var precision = tp + fp == 0 ? 0 : tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : tp / (tp + fn);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
