using NewsArchive.Parsing;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Titles;

namespace NewsArchive.Tools.ExtractionLab;

/// <summary>Where the headline ranker goes wrong (with the embedded model): pages whose gold headline is no candidate, or a candidate ranked below another.</summary>
internal static class Diagnose
{
    public static void Titles(IReadOnlyList<DevPage> pages)
    {
        var tuning = ParserTuning.Default;
        var pipeline = ParserPipeline.Create(tuning);
        var features = new TitleFeatures(tuning);
        var weights = ExtractionModel.Embedded.Weights(TitleRanker.Part, TitleFeatures.Names);
        var trees = TreeEnsemble.Of(ExtractionModel.Embedded, TitleRanker.TreesPart, TitleFeatures.Names);
        foreach (var analysis in pages.Select(PageAnalysis.Of).OfType<PageAnalysis>())
        {
            var gold = PageAnalysis.NormTitle(analysis.Page.GoldTitle);
            if (analysis.Through(pipeline, 3) is not { } document)
            {
                continue;
            }
            var at = Enumerable.Range(0, document.Lines.Count).Where(i => PageAnalysis.NormTitle(document.Lines[i]) == gold).ToList();
            if (at.Count == 0)
            {
                continue;
            }
            var candidates = features.Candidates(document).OrderByDescending(c => ExtractionModel.Score(c.Features, weights) + trees.Score(c.Features)).ToList();
            var rank = candidates.FindIndex(c => PageAnalysis.NormTitle(c.Line) == gold);
            if (rank == 0)
            {
                continue;
            }
            var chosen = candidates[0];
            Console.WriteLine($"{analysis.Page.Id[..Math.Min(36, analysis.Page.Id.Length)],-36} body={document.BodyStart} gold@[{string.Join(',', at)}] rank={rank} of {candidates.Count}; chose {chosen.Index}: {Cut(chosen.Line)} | gold: {Cut(analysis.Page.GoldTitle)}");
        }
    }

    /// <summary>Held-out headline misses: for each leave-site-out fold, the headline ranker fitted on the other folds
    /// ranks the held-out pages' candidates; every page whose gold headline is a line of the text and is not ranked
    /// first is printed with where the gold is (no candidate, or its rank) and the features on which it differs from the choice.</summary>
    public static void CrossValidatedTitles(IReadOnlyList<DevPage> pages, int k, int bags = 1)
    {
        var tuning = ParserTuning.Default;
        var rules = ParserPipeline.Rules(tuning);
        var features = new TitleFeatures(tuning);
        var folds = Folds.Assign(pages, k);
        var (inText, first, noCandidate) = (0, 0, 0);
        for (var fold = 0; fold < k; fold++)
        {
            var training = pages.Where((_, i) => folds[i] != fold).Select(PageAnalysis.Of).OfType<PageAnalysis>().ToList();
            var (linear, trees) = Trainer.FitTitles(training, null, bags);
            foreach (var analysis in pages.Where((_, i) => folds[i] == fold).Select(PageAnalysis.Of).OfType<PageAnalysis>())
            {
                var gold = PageAnalysis.NormTitle(analysis.Page.GoldTitle);
                if (gold.Length == 0 || analysis.Through(rules, 3) is not { } document)
                {
                    continue;
                }
                var at = Enumerable.Range(0, document.Lines.Count).Where(i => PageAnalysis.NormTitle(document.Lines[i]) == gold).ToList();
                if (at.Count == 0)
                {
                    continue;
                }
                inText++;
                double Score(HeadlineOption c) => ExtractionModel.Score(c.Features, linear) + trees.Sum(t => t.Score(c.Features));
                var ranked = features.Candidates(document).OrderByDescending(Score).ToList();
                var rank = ranked.FindIndex(c => PageAnalysis.NormTitle(c.Line) == gold);
                if (rank == 0)
                {
                    first++;
                    continue;
                }
                noCandidate += rank < 0 ? 1 : 0;
                var chosen = ranked[0];
                Console.WriteLine($"fold {fold} {analysis.Page.Id[..Math.Min(40, analysis.Page.Id.Length)],-40} body={document.BodyStart} gold@[{string.Join(',', at.Take(5))}] {(rank < 0 ? "NO CANDIDATE" : $"rank {rank} of {ranked.Count}")}");
                Console.WriteLine($"    chose {chosen.Index} ({Score(chosen):0.00}): {Cut(chosen.Line, 90)}");
                Console.WriteLine($"    gold: {Cut(analysis.Page.GoldTitle, 90)}");
                if (rank > 0)
                {
                    var g = ranked[rank];
                    var differ = Enumerable.Range(0, TitleFeatures.Count).Where(j => g.Features[j] != chosen.Features[j])
                        .Select(j => $"{TitleFeatures.Names[j]}={g.Features[j]:0.##}/{chosen.Features[j]:0.##}");
                    Console.WriteLine($"    gold {g.Index} ({Score(g):0.00}) vs chosen: {string.Join(' ', differ)}");
                }
            }
        }
        Console.WriteLine($"held out: {first} of {inText} pages whose headline is a line ranked first; {noCandidate} with the headline no candidate");
    }

    /// <summary>For each headline feature: how many candidates have it (non-zero), how many of those are the gold line, and on how many pages.</summary>
    public static void TitleFeatureCounts(IReadOnlyList<DevPage> pages)
    {
        var tuning = ParserTuning.Default;
        var rules = ParserPipeline.Rules(tuning);
        var features = new TitleFeatures(tuning);
        var (on, right, onPages) = (new int[TitleFeatures.Count], new int[TitleFeatures.Count], new int[TitleFeatures.Count]);
        foreach (var analysis in pages.Select(PageAnalysis.Of).OfType<PageAnalysis>())
        {
            var gold = PageAnalysis.NormTitle(analysis.Page.GoldTitle);
            if (gold.Length == 0 || analysis.Through(rules, 3) is not { } document)
            {
                continue;
            }
            var seen = new bool[TitleFeatures.Count];
            foreach (var candidate in features.Candidates(document))
            {
                for (var j = 0; j < TitleFeatures.Count; j++)
                {
                    if (candidate.Features[j] != 0)
                    {
                        on[j]++;
                        right[j] += PageAnalysis.NormTitle(candidate.Line) == gold ? 1 : 0;
                        seen[j] = true;
                    }
                }
            }
            for (var j = 0; j < TitleFeatures.Count; j++)
            {
                onPages[j] += seen[j] ? 1 : 0;
            }
        }
        for (var j = 0; j < TitleFeatures.Count; j++)
        {
            Console.WriteLine($"{TitleFeatures.Names[j],-24} candidates {on[j],6}  gold {right[j],4}  pages {onPages[j],4}");
        }
    }

    /// <summary>Pages with a gold date that the parser leaves undated or dates wrongly, with the lines that write the gold day.</summary>
    public static void Dates(IReadOnlyList<DevPage> pages)
    {
        var tuning = ParserTuning.Default;
        var parser = new ArticleTextParser();
        var pipeline = ParserPipeline.Create(tuning);
        foreach (var analysis in pages.Select(PageAnalysis.Of).OfType<PageAnalysis>())
        {
            var predicted = parser.Parse(analysis.Page.Id, analysis.Page.Bytes).Article?.PublishedOn;
            var gold = analysis.Page.GoldDate is { } g ? DateOnly.ParseExact(g, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
            if (predicted == gold || analysis.Through(pipeline, 4) is not { } document)
            {
                continue;
            }
            var writing = Enumerable.Range(0, document.Lines.Count).Where(i => gold is not null && NewsArchive.Parsing.Recognisers.TextDates.Find(document.Lines[i], tuning) == gold).ToList();
            Console.WriteLine($"{analysis.Page.Id[..Math.Min(36, analysis.Page.Id.Length)],-36} got {predicted} gold {gold}; body={document.BodyStart} title@{document.Title.Index}; gold day at [{string.Join(',', writing.Take(6).Select(i => $"{i}:{document.Roles[i]}:{Cut(document.Lines[i])}"))}]");
        }
    }

    private static string Cut(string s, int length = 50) => s.Length <= length ? s : s[..length];
}
