using System.Text.RegularExpressions;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Classification;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Tools.ExtractionLab;

/// <summary>
/// Fits the learned line classifier (<see cref="BodyLineFilter"/>): a logistic regression over the body lines of the
/// region, a line being right when its words are a run of the gold body's words (score.py's tokens), then the second
/// pass over the first one's scores, then the ranker of where the body ends. Each line weighs its share of the page's
/// body words, so every page counts as much (the score is a mean over pages). Full-batch gradient descent with
/// momentum and L2, in a fixed order: deterministic.
/// </summary>
internal static partial class BodyLineTraining
{
    // Lower than the rankers' 0.01: the loss is a mean over lines weighted by their share of a page's words.
    private const double L2 = 0.0001;
    private const int Iterations = 3000;
    private const double LearningRate = 0.5;
    private const double Momentum = 0.9;

    [GeneratedRegex(@"\w+")]
    private static partial Regex Token();

    internal sealed record Sample(double[] X, bool Right, double Weight, int Page = 0);

    /// <summary>One page's body lines after the first six stages, with their labels.</summary>
    internal sealed record PageLines(int Page, ParseDocument Document, LineRole[] Roles, List<(int Line, double[] Features)> Lines, List<Sample> Samples, List<Sample> Above);

    /// <summary>The body lines of each page through the first six stages of <paramref name="pipeline"/>, labelled by the gold body.</summary>
    public static List<PageLines> Pages(IReadOnlyList<PageAnalysis> analyses, ParserPipeline pipeline)
    {
        var pages = new List<PageLines>();
        for (var a = 0; a < analyses.Count; a++)
        {
            var analysis = analyses[a];
            if (analysis.Through(pipeline, 6) is not { } document)
            {
                continue;
            }
            var gold = " " + string.Join(' ', Tokens(analysis.Page.GoldBody)) + " ";
            var roles = document.FinalRoles().ToArray();
            var lines = BodyLineFeatures.Of(document, roles);
            var tokens = lines.Select(l => Tokens(document.Lines[l.Line])).ToList();
            var total = tokens.Sum(t => t.Count);
            var samples = new List<Sample>();
            for (var k = 0; k < lines.Count; k++)
            {
                // A line without words weighs nothing (and is kept or dropped with its neighbours).
                var right = tokens[k].Count == 0 || gold.Contains(" " + string.Join(' ', tokens[k]) + " ", StringComparison.Ordinal);
                samples.Add(new Sample(lines[k].Features, right, total == 0 ? 0 : (double)tokens[k].Count / total, a));
            }
            // Lines above the body weigh as much as body lines of the same length (what they add to the page's recall).
            var above = new List<Sample>();
            foreach (var (line, features) in BodyLineFeatures.Above(document, roles))
            {
                var words = Tokens(document.Lines[line]);
                var right = words.Count > 0 && gold.Contains(" " + string.Join(' ', words) + " ", StringComparison.Ordinal);
                above.Add(new Sample(features, right, total == 0 ? 0 : (double)words.Count / total, a));
            }
            pages.Add(new PageLines(a, document, roles, lines, samples, above));
        }
        return pages;
    }

    public static List<string> Tokens(string text) => Token().Matches(text).Select(m => m.Value).ToList();

    /// <summary>The three parts: the line's own features, its score among its neighbours', and where the body ends.</summary>
    public static (double[] Lines, double[] Context, double[] Cut, double[] Above) FitAll(IReadOnlyList<PageLines> pages, double l2 = L2)
    {
        var samples = pages.SelectMany(p => p.Samples).ToList();
        var lines = Fit(samples, BodyLineFeatures.Count, l2);
        var context = Fit(pages.SelectMany(p => ContextSamples(p.Samples, lines)).ToList(), BodyLineFeatures.ContextNames.Length, l2);
        var groups = pages.Select(p => CutGroup(p, lines)).OfType<Trainer.Group>().ToList();
        var above = Fit(pages.SelectMany(p => p.Above).ToList(), BodyLineFeatures.AboveNames.Length, l2);
        return (lines, context, Ranker.Fit(groups, BodyLineFeatures.CutNames.Length), above);
    }

    /// <summary>The second pass's samples: a page's lines (in order) with their first-pass scores and their neighbours'.</summary>
    public static IEnumerable<Sample> ContextSamples(List<Sample> page, double[] lines)
    {
        var context = BodyLineFeatures.Context(page.Select(s => ExtractionModel.Score(s.X, lines)).ToList());
        return page.Select((s, k) => s with { X = context[k] });
    }

    /// <summary>Where the page's body may end; right are the ends whose body (the lines up to it) has the best F1 of words against the gold lines. Null when no line is right.</summary>
    public static Trainer.Group? CutGroup(PageLines page, double[] lines)
    {
        var cuts = Cuts(page, lines);
        var good = page.Samples.Sum(s => s.Right ? s.Weight : 0);
        if (good <= 0 || cuts.Length == 0)
        {
            return null;
        }
        var f1 = new double[cuts.Length];
        double kept = 0, keptGood = 0;
        for (var e = 0; e < cuts.Length; e++)
        {
            kept += page.Samples[e].Weight;
            keptGood += page.Samples[e].Right ? page.Samples[e].Weight : 0;
            var (p, r) = (kept == 0 ? 0 : keptGood / kept, keptGood / good);
            f1[e] = p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        var best = f1.Max();
        return new Trainer.Group(cuts, Enumerable.Range(0, cuts.Length).Where(e => f1[e] >= best - 1e-9).ToArray());
    }

    public static double[][] Cuts(PageLines page, double[] lines) =>
        BodyLineFeatures.Cuts(page.Document, page.Roles, page.Lines, page.Samples.Select(s => ExtractionModel.Score(s.X, lines)).ToList());

    /// <summary>Weights of a logistic regression; rounded as the model file writes them.</summary>
    public static double[] Fit(IReadOnlyList<Sample> samples, int features, double l2 = L2)
    {
        var w = new double[features];
        var velocity = new double[features];
        var gradient = new double[features];
        var weightTotal = samples.Sum(s => s.Weight);
        for (var iteration = 0; iteration < Iterations && weightTotal > 0; iteration++)
        {
            Array.Clear(gradient);
            foreach (var (x, right, weight, _) in samples)
            {
                var p = 1 / (1 + Math.Exp(-ExtractionModel.Score(x, w)));
                var coefficient = weight * (p - (right ? 1 : 0));
                for (var j = 0; j < features; j++)
                {
                    gradient[j] += coefficient * x[j];
                }
            }
            for (var j = 0; j < features; j++)
            {
                var g = (gradient[j] / weightTotal) + (j == 0 ? 0 : l2 * w[j]);
                velocity[j] = (Momentum * velocity[j]) - (LearningRate * g);
                w[j] += velocity[j];
            }
        }
        return ExtractionModel.Round(w);
    }

    /// <summary>
    /// A quick look, not a held-out figure of the parser: the three parts refitted per leave-site-out fold on the body
    /// lines of <paramref name="model"/>'s pipeline; the share of the pages' body words they drop that are (not) in the
    /// gold body, and the precision and recall of the body words against the gold lines of the region.
    /// </summary>
    public static void CrossValidate(IReadOnlyList<DevPage> pages, int folds, ExtractionModel model, double[] l2s, string parts)
    {
        var analyses = pages.Select(PageAnalysis.Of).OfType<PageAnalysis>().ToList();
        var fold = Folds.Assign(analyses.Select(a => a.Page).ToList(), folds);
        var lines = Pages(analyses, ParserPipeline.Create(ParserTuning.Default, model));
        foreach (var l2 in l2s)
        {
            double p0 = 0, p1 = 0, r0 = 0, r1 = 0, droppedGood = 0, droppedBad = 0;
            var (keptLines, allLines, addedLines, addedRight) = (0, 0, 0, 0);
            for (var k = 0; k < folds; k++)
            {
                var (w, c, cut, up) = FitAll(lines.Where(p => fold[p.Page] != k).ToList(), l2);
                foreach (var page in lines.Where(p => fold[p.Page] == k))
                {
                    var context = ContextSamples(page.Samples, w).ToList();
                    var end = page.Samples.Count == 0 || !parts.Contains('e') ? page.Samples.Count - 1 : BodyLineFilter.Best(Cuts(page, w), cut);
                    double good = 0, kept = 0, keptGood = 0;
                    for (var i = 0; i < page.Samples.Count; i++)
                    {
                        var s = page.Samples[i];
                        var keep = i <= end && (!parts.Contains('l') || ExtractionModel.Score(context[i].X, c) >= 0);
                        keptLines += keep ? 1 : 0;
                        allLines++;
                        good += s.Right ? s.Weight : 0;
                        kept += keep ? s.Weight : 0;
                        keptGood += keep && s.Right ? s.Weight : 0;
                        droppedGood += !keep && s.Right ? s.Weight : 0;
                        droppedBad += !keep && !s.Right ? s.Weight : 0;
                    }
                    // Lines added from above: their weight is relative to the body's words, so the page's gold words
                    // grow by the right ones (found or not), and a wrong one taken is kept and not good.
                    double added = 0, addedGood = 0, aboveGood = 0;
                    foreach (var s in page.Above)
                    {
                        var take = parts.Contains('a') && ExtractionModel.Score(s.X, up) > 0;
                        aboveGood += s.Right ? s.Weight : 0;
                        added += take ? s.Weight : 0;
                        addedGood += take && s.Right ? s.Weight : 0;
                        addedLines += take ? 1 : 0;
                        addedRight += take && s.Right ? 1 : 0;
                    }
                    p0 += good;
                    p1 += kept + added == 0 ? 0 : (keptGood + addedGood) / (kept + added);
                    r1 += good + aboveGood == 0 ? 1 : (keptGood + addedGood) / (good + aboveGood);
                    r0 += good + aboveGood == 0 ? 1 : good / (good + aboveGood);
                }
            }
            var n = lines.Count;
            var (pr, re) = (p1 / n, r1 / n);
            var (pb, rb) = (p0 / n, r0 / n);
            Console.WriteLine($"l2 {l2} parts {parts}: lines kept {keptLines} of {allLines}, added {addedLines} ({addedRight} right); dropped good {droppedGood / n:0.0000} bad {droppedBad / n:0.0000} (of a page's words); "
                + $"precision {pb:0.0000} -> {pr:0.0000}, recall {rb:0.0000} -> {re:0.0000}, F1 {2 * pb * rb / (pb + rb):0.0000} -> {2 * pr * re / (pr + re):0.0000}");
        }
    }
}
