using System.Globalization;
using System.Text;
using NewsArchive.Parsing;

namespace NewsArchive.Tools.ExtractionLab;

/// <summary>A page run through the parser's stages up to the title, as the trainer needs it.</summary>
internal sealed record PageAnalysis(DevPage Page, ArticleLines Lines, Classification Classification, IReadOnlyList<string> Paragraphs)
{
    public static PageAnalysis? Of(DevPage page)
    {
        var decoded = TextDecoder.Decode(page.Bytes);
        if (decoded.Text is null)
        {
            return null;
        }
        var text = TextNormaliser.Normalise(decoded.Text);
        if (text.Length == 0)
        {
            return null;
        }
        var lines = ArticleLines.Read(text);
        var classification = ArticleRegion.Classify(lines.Contents, lines.Features, LineKinds.Assign(lines.Contents, lines.Features, null));
        var paragraphs = lines.Paragraphs(classification);
        return paragraphs.Count == 0 ? null : new PageAnalysis(page, lines, classification, paragraphs);
    }

    /// <summary>score.py's title normalisation: NFKC, case-fold, quotes and dashes unified, spaces collapsed, outer punctuation off.</summary>
    public static string NormTitle(string s)
    {
        var t = s.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var b = new StringBuilder(t.Length);
        foreach (var c in t)
        {
            b.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201a' or '\u201b' or '\u2032' or '`' or '\u00b4' => '\'',
                '\u201c' or '\u201d' or '\u201e' or '\u201f' or '\u2033' or '\u00ab' or '\u00bb' => '"',
                >= '\u2010' and <= '\u2015' or '\u2212' => '-',
                _ => c,
            });
        }
        var collapsed = string.Join(' ', b.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Trim(" \t\"'.,:;!?-|–—…".ToCharArray());
    }
}

/// <summary>Hand-written training: a listwise (softmax) linear ranker, fitted by full-batch gradient descent. Deterministic.</summary>
internal static class Trainer
{
    private const double L2 = 0.01;
    private const int Iterations = 3000;
    private const double LearningRate = 0.5;

    /// <summary>Each group is one page's candidates with the indices of the right ones (at least one).</summary>
    public static double[] FitRanker(IReadOnlyList<(double[][] X, int[] Right)> groups, int features)
    {
        var w = new double[features];
        var velocity = new double[features];
        var gradient = new double[features];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(gradient);
            foreach (var (x, right) in groups)
            {
                var scores = x.Select(row => TitleRanker.Score(row, w)).ToArray();
                var max = scores.Max();
                var all = scores.Select(s => Math.Exp(s - max)).ToArray();
                var total = all.Sum();
                var rightTotal = right.Sum(r => all[r]);
                for (var c = 0; c < x.Length; c++)
                {
                    // d(-log P(right))/ds_c = p_c - p_c|right
                    var coefficient = (all[c] / total) - (right.Contains(c) ? all[c] / rightTotal : 0);
                    if (coefficient == 0)
                    {
                        continue;
                    }
                    for (var j = 0; j < features; j++)
                    {
                        gradient[j] += coefficient * x[c][j];
                    }
                }
            }
            for (var j = 0; j < features; j++)
            {
                var g = (gradient[j] / groups.Count) + (j == 0 ? 0 : L2 * w[j]);
                velocity[j] = (0.9 * velocity[j]) - (LearningRate * g);
                w[j] += velocity[j];
            }
        }
        return Round(w);
    }

    // Rounded as the model file writes them, so a model fitted in memory scores like the file.
    public static double[] Round(double[] w) =>
        w.Select(v => double.Parse(v.ToString("0.######", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)).ToArray();

    public static ExtractionModel Fit(IReadOnlyList<DevPage> pages, TextWriter? log = null)
    {
        var (line, transition) = LineTrainer.Fit(pages.Select(p => PageAnalysis.Of(p)).OfType<PageAnalysis>().ToList(), log);
        var groups = new List<(double[][], int[])>();
        var analyses = pages.Select(p => PageAnalysis.Of(p)).OfType<PageAnalysis>().ToList();
        foreach (var analysis in analyses)
        {
            var gold = PageAnalysis.NormTitle(analysis.Page.GoldTitle);
            if (gold.Length == 0)
            {
                continue;
            }
            var candidates = TitleFeatures.Candidates(analysis.Lines, analysis.Classification, analysis.Paragraphs);
            var right = Enumerable.Range(0, candidates.Count).Where(c => PageAnalysis.NormTitle(candidates[c].Line) == gold).ToArray();
            // A page whose headline is no candidate teaches nothing about ranking candidates.
            if (right.Length > 0)
            {
                groups.Add((candidates.Select(c => c.Features).ToArray(), right));
            }
        }
        log?.WriteLine($"title ranker: {groups.Count} of {pages.Count} pages have their headline among the candidates");
        var title = FitRanker(groups, TitleFeatures.Count);
        // Dates: the right candidates are those of the gold day; without one on the page, "undated" is right.
        var dateGroups = new List<(double[][], int[])>();
        var model = new ExtractionModel(title, new double[DateFeatures.Count], line, transition);
        foreach (var analysis in analyses)
        {
            var chosen = TitleRanker.Choose(analysis.Lines, analysis.Classification, analysis.Paragraphs, model);
            var candidates = DateFeatures.Candidates(analysis.Lines, analysis.Classification, chosen.Index);
            var gold = analysis.Page.GoldDate is { } g ? DateOnly.ParseExact(g, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
            var right = Enumerable.Range(0, candidates.Count).Where(c => gold is not null && candidates[c].Date == gold).ToArray();
            dateGroups.Add((candidates.Select(c => c.Features).ToArray(), right.Length > 0 ? right : [candidates.Count - 1]));
        }
        log?.WriteLine($"date ranker: {dateGroups.Count(d => d.Item2[0] != d.Item1.Length - 1)} of {dateGroups.Count} pages write their gold day");
        return new ExtractionModel(title, FitRanker(dateGroups, DateFeatures.Count), line, transition);
    }
}
