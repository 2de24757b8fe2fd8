using System.Globalization;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Classification;
using NewsArchive.Parsing.Dates;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Titles;

namespace NewsArchive.Tools.ExtractionLab;

/// <summary>
/// Fits the parser's model: the headline ranker on the pages whose gold headline is a candidate, then the date
/// ranker on every page, with the headline chosen by the ranker fitted on the date basis's headline features only
/// (<see cref="DateBasis"/>: every other headline feature held at zero). Hand-written, full-batch and in a fixed
/// order, so the same pages give the same weights, and the same file, byte for byte.
/// </summary>
internal static class Trainer
{
    /// <summary>The candidate groups the rankers learn from: one page's candidates, and which of them are right.</summary>
    internal sealed record Group(double[][] X, int[] Right);

    /// <summary>One page's date candidates: the group the ranker learns from, the candidates' dates (null: undated) and the gold day.</summary>
    internal sealed record DatePage(DevPage Page, Group Group, DateOnly?[] Dates, DateOnly? Gold);

    /// <summary>The whole model. <paramref name="dateBasis"/> is the headline features the date ranker's training sees
    /// (null: the shipped model's, <see cref="DateBasis.Shipped"/>).</summary>
    public static ExtractionModel Fit(IReadOnlyList<DevPage> pages, TextWriter? log = null, IReadOnlyList<string>? dateBasis = null)
    {
        var tuning = ParserTuning.Default;
        var analyses = pages.Select(PageAnalysis.Of).OfType<PageAnalysis>().ToList();
        var basis = dateBasis ?? DateBasis.Shipped();
        var (title, trees) = FitTitles(analyses, log);
        // The date ranker learns where the dates sit around the headlines that a ranker without the headline features
        // outside the basis picks: a feature held at zero gets no weight and no split, so that ranker is the one fitted
        // before those features existed, and a new headline feature moves a date only where it moves the chosen headline.
        var held = DateBasis.HeldAtZero(basis);
        var (dateTitle, dateTrees) = held.Length == 0 ? (title, trees) : FitTitles(analyses, null, held: held);
        log?.WriteLine($"date ranker: trained on the headlines of {TitleFeatures.Count - held.Length} headline features ({held.Length} held at zero{(held.Length == 0 ? "" : ": " + string.Join(", ", held.Select(j => TitleFeatures.Names[j])))})");
        var withTitles = Model(dateTitle, dateTrees, new double[DateFeatures.Count]);
        var pipeline = ParserPipeline.Create(tuning, withTitles);
        var dateFeatures = new DateFeatures(tuning);
        var datePages = new List<DatePage>();
        foreach (var analysis in analyses)
        {
            if (analysis.Through(pipeline, 4) is not { } document)
            {
                continue;
            }
            var candidates = dateFeatures.Candidates(document);
            var gold = analysis.Page.GoldDate is { } g ? DateOnly.ParseExact(g, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            var right = Enumerable.Range(0, candidates.Count).Where(c => gold is not null && candidates[c].Date == gold).ToArray();
            // The right candidates are those of the gold day; without one on the page, "undated" (the last) is right.
            var group = new Group(candidates.Select(c => c.Features).ToArray(), right.Length > 0 ? right : [candidates.Count - 1]);
            datePages.Add(new DatePage(analysis.Page, group, candidates.Select(c => c.Date).ToArray(), gold));
        }
        var dateGroups = datePages.Select(d => d.Group).ToList();
        log?.WriteLine($"date ranker: {dateGroups.Count(d => d.Right[0] != d.X.Length - 1)} of {dateGroups.Count} pages write their gold day");
        var date = Ranker.Fit(dateGroups, DateFeatures.Count);
        var minProbability = DateAcceptance.Fit(datePages, log);
        // The line classifier last, on the lines the fitted rankers leave in the body (the headline taken out).
        var withDates = Model(title, trees, date, minProbability);
        var lines = BodyLineTraining.Pages(analyses, ParserPipeline.Create(tuning, withDates));
        log?.WriteLine($"line classifier: {lines.Sum(p => p.Samples.Count)} body lines, {lines.Sum(p => p.Samples.Count(s => !s.Right))} of them not in the gold body");
        var (body, context, end, above) = BodyLineTraining.FitAll(lines);
        return Model(title, trees, date, minProbability, body, context, end, above, DateBasis.Written(basis));
    }

    /// <summary>The headline ranker alone: linear weights and boosted trees, fitted on the pages whose gold headline is a candidate;
    /// with <paramref name="bags"/> above one, the mean of that many rankers fitted on bootstrap resamples of the pages
    /// (a lab experiment, `cv-titles --bags N`: it did not help held out, see docs/extraction.md); the headline features at the
    /// indexes <paramref name="held"/> held at zero on every candidate.</summary>
    public static (double[] Linear, List<Boost.Tree> Trees) FitTitles(IReadOnlyList<PageAnalysis> analyses, TextWriter? log = null, int bags = 1, int[]? held = null)
    {
        var tuning = ParserTuning.Default;
        var rules = ParserPipeline.Rules(tuning);
        var titleFeatures = new TitleFeatures(tuning);
        var titleGroups = new List<Group>();
        var titlePages = new List<DevPage>();
        foreach (var analysis in analyses)
        {
            var gold = PageAnalysis.NormTitle(analysis.Page.GoldTitle);
            if (gold.Length == 0 || analysis.Through(rules, 3) is not { } document)
            {
                continue;
            }
            var candidates = titleFeatures.Candidates(document);
            var right = Enumerable.Range(0, candidates.Count).Where(c => PageAnalysis.NormTitle(candidates[c].Line) == gold).ToArray();
            // A page whose headline is no candidate teaches nothing about ranking candidates.
            if (right.Length > 0)
            {
                foreach (var candidate in candidates)
                {
                    foreach (var j in held ?? [])
                    {
                        candidate.Features[j] = 0;
                    }
                }
                titleGroups.Add(new Group(candidates.Select(c => c.Features).ToArray(), right));
                titlePages.Add(analysis.Page);
            }
        }
        log?.WriteLine($"title ranker: {titleGroups.Count} of {analyses.Count} pages have their headline among the candidates");
        var treeCount = TreeCount.Fit(titlePages, titleGroups, log);
        if (bags <= 1)
        {
            var title = Ranker.Fit(titleGroups, TitleFeatures.Count);
            return (title, Boost.Fit(titleGroups, title, treeCount));
        }
        return Bagged(titleGroups, treeCount, bags);
    }

    // The mean of rankers (linear weights and trees, the trees' leaves divided by the number of bags) fitted on bootstrap
    // resamples of the pages, drawn by a fixed generator (a 64-bit LCG), with the tree count chosen on all the pages.
    private static (double[] Linear, List<Boost.Tree> Trees) Bagged(List<Group> groups, int treeCount, int bags)
    {
        var sum = new double[TitleFeatures.Count];
        var trees = new List<Boost.Tree>();
        var state = 0x9E3779B97F4A7C15UL;
        for (var bag = 0; bag < bags; bag++)
        {
            var sample = new List<Group>(groups.Count);
            for (var i = 0; i < groups.Count; i++)
            {
                state = (state * 6364136223846793005UL) + 1442695040888963407UL;
                sample.Add(groups[(int)((state >> 33) % (ulong)groups.Count)]);
            }
            var linear = Ranker.Fit(sample, TitleFeatures.Count);
            for (var j = 0; j < sum.Length; j++)
            {
                sum[j] += linear[j];
            }
            foreach (var tree in Boost.Fit(sample, linear, treeCount))
            {
                var scaled = new Boost.Tree();
                foreach (var (node, (feature, value)) in tree.Nodes)
                {
                    scaled.Nodes[node] = feature >= 0 ? (feature, value) : (-1, ExtractionModel.Round([value / bags])[0]);
                }
                trees.Add(scaled);
            }
        }
        return (ExtractionModel.Round(sum.Select(w => w / bags).ToArray()), trees);
    }

    /// <summary>The model of the given parts; without <paramref name="body"/>, a line classifier that keeps every line (all weights zero);
    /// with <paramref name="dateBasis"/>, the part that records the date ranker's headline features.</summary>
    public static ExtractionModel Model(double[] title, IReadOnlyList<Boost.Tree> titleTrees, double[] date, double minProbability = 0, double[]? body = null, double[]? bodyContext = null, double[]? bodyEnd = null, double[]? bodyAbove = null, IReadOnlyList<string>? dateBasis = null)
    {
        var trees = Boost.Entries(titleTrees, TitleFeatures.Names).ToList();
        var parts = new List<(string, IReadOnlyList<string>, IReadOnlyList<double>)> { (TitleRanker.Part, TitleFeatures.Names, title) };
        if (trees.Count > 0)
        {
            parts.Add((TitleRanker.TreesPart, trees.Select(t => t.Name).ToList(), trees.Select(t => t.Weight).ToList()));
        }
        parts.Add((DateRanker.Part, DateFeatures.Names, date));
        parts.Add((DateRanker.AcceptPart, DateRanker.AcceptNames, [minProbability]));
        parts.Add((BodyLineFilter.Part, BodyLineFeatures.Names, body ?? new double[BodyLineFeatures.Count]));
        parts.Add((BodyLineFilter.ContextPart, BodyLineFeatures.ContextNames, bodyContext ?? new double[BodyLineFeatures.ContextNames.Length]));
        parts.Add((BodyLineFilter.CutPart, BodyLineFeatures.CutNames, bodyEnd ?? new double[BodyLineFeatures.CutNames.Length]));
        parts.Add((BodyLineFilter.AbovePart, BodyLineFeatures.AboveNames, bodyAbove ?? new double[BodyLineFeatures.AboveNames.Length]));
        if (dateBasis is not null)
        {
            parts.Add((DateBasis.Part, dateBasis, dateBasis.Select(_ => 1.0).ToList()));
        }
        return new ExtractionModel(parts);
    }
}
