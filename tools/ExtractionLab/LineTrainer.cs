using System.Text.RegularExpressions;
using NewsArchive.Parsing;

namespace NewsArchive.Tools.ExtractionLab;

/// <summary>Fits the line classifier: logistic regression on lines labelled by the gold body, then the Viterbi change cost by a grid on the same pages.</summary>
internal static partial class LineTrainer
{
    private const double L2 = 0.001;
    private const int Iterations = 800;
    private const double LearningRate = 0.5;
    private static readonly double[] s_changeCosts = [0, 0.5, 1, 1.5, 2, 3, 4];

    public static (double[] Weights, double Change) Fit(IReadOnlyList<PageAnalysis> pages, TextWriter? log)
    {
        var examples = new List<(double[] X, double Y, double Weight)>();
        var labelled = new List<(PageAnalysis Page, double[][] Rows, bool[] Body, int[] Tokens)>();
        foreach (var page in pages)
        {
            var rows = LineFeaturesVector.Measure(page.Lines, page.Classification);
            var (body, tokens) = Labels(page);
            labelled.Add((page, rows, body, tokens));
            // Each page weighs the same (the score is a mean over pages), each line by its share of the page's words.
            var pageTokens = Math.Max(1, tokens.Sum());
            for (var i = 0; i < rows.Length; i++)
            {
                if (page.Lines.Contents[i].Length > 0 && tokens[i] > 0)
                {
                    examples.Add((rows[i], body[i] ? 1 : 0, 100.0 * tokens[i] / pageTokens));
                }
            }
        }
        var w = Logistic(examples, LineFeaturesVector.Count);
        var best = (Change: 0.0, Score: double.MinValue);
        foreach (var change in s_changeCosts)
        {
            var model = new ExtractionModel(new double[TitleFeatures.Count], new double[DateFeatures.Count], w, change);
            var score = labelled.Average(l => TokenF1(l.Page, l.Body, l.Tokens, model));
            if (score > best.Score)
            {
                best = (change, score);
            }
        }
        log?.WriteLine($"line classifier: {examples.Count} lines; Viterbi change cost {best.Change} (training token F1 {best.Score:F3})");
        return (w, best.Change);
    }

    private static double TokenF1(PageAnalysis page, bool[] gold, int[] tokens, ExtractionModel model)
    {
        var refined = LineClassifier.Refine(page.Lines, page.Classification, model);
        double tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < gold.Length; i++)
        {
            var predicted = refined.Roles[i] == LineRole.Body;
            tp += predicted && gold[i] ? tokens[i] : 0;
            fp += predicted && !gold[i] ? tokens[i] : 0;
            fn += !predicted && gold[i] ? tokens[i] : 0;
        }
        return tp == 0 ? 0 : 2 * tp / ((2 * tp) + fp + fn);
    }

    // A line is body when most of its token trigrams (its tokens, for a line of one or two) occur in the gold body.
    private static (bool[] Body, int[] Tokens) Labels(PageAnalysis page)
    {
        var goldTokens = Words().Matches(page.Page.GoldBody).Select(m => m.Value).ToArray();
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < goldTokens.Length; i++)
        {
            trigrams.Add(goldTokens[i] + " " + goldTokens[i + 1] + " " + goldTokens[i + 2]);
        }
        var joined = " " + string.Join(' ', goldTokens) + " ";
        var n = page.Lines.Contents.Count;
        var body = new bool[n];
        var counts = new int[n];
        for (var i = 0; i < n; i++)
        {
            var t = Words().Matches(page.Lines.Contents[i]).Select(m => m.Value).ToArray();
            counts[i] = t.Length;
            if (t.Length == 0)
            {
                continue;
            }
            if (t.Length < 3)
            {
                body[i] = joined.Contains(" " + string.Join(' ', t) + " ", StringComparison.Ordinal);
                continue;
            }
            var hits = 0;
            for (var k = 0; k + 2 < t.Length; k++)
            {
                hits += trigrams.Contains(t[k] + " " + t[k + 1] + " " + t[k + 2]) ? 1 : 0;
            }
            body[i] = hits * 2 >= t.Length - 2;
        }
        return (body, counts);
    }

    private static double[] Logistic(List<(double[] X, double Y, double Weight)> examples, int features)
    {
        var w = new double[features];
        var velocity = new double[features];
        var gradient = new double[features];
        var total = examples.Sum(e => e.Weight);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(gradient);
            foreach (var (x, y, weight) in examples)
            {
                var p = 1 / (1 + Math.Exp(-LineClassifier.LogOdds(x, w)));
                var g = (p - y) * weight;
                for (var j = 0; j < features; j++)
                {
                    gradient[j] += g * x[j];
                }
            }
            for (var j = 0; j < features; j++)
            {
                var g = (gradient[j] / total) + (j == 0 ? 0 : L2 * w[j]);
                velocity[j] = (0.9 * velocity[j]) - (LearningRate * g);
                w[j] += velocity[j];
            }
        }
        return Trainer.Round(w);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Words();
}
