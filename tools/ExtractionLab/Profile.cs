using System.Diagnostics;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Classification;
using NewsArchive.Parsing.Dates;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Titles;

namespace NewsArchive.Tools.ExtractionLab;

/// <summary>A stopwatch over the dev pages: the whole parse, and each learned part on documents filled up to it.</summary>
internal static class Profile
{
    public static void Run(IReadOnlyList<DevPage> pages, string? loop = null)
    {
        var tuning = ParserTuning.Default;
        var pipeline = ParserPipeline.Create(tuning);
        var analyses = pages.Select(PageAnalysis.Of).OfType<PageAnalysis>().ToList();
        var bytes = analyses.Sum(a => (long)a.Page.Bytes.Length);
        var parser = new ArticleTextParser();
        var rules = new ArticleTextParser(new ParserOptions(), tuning, ParserPipeline.Rules(tuning));
        var titles = new TitleFeatures(tuning);
        var finder = new TitleFinder(tuning);
        var dates = new DateFeatures(tuning);
        var atRoles = analyses.Select(a => a.Through(pipeline, 3)).OfType<ParseDocument>().ToList();
        var atTitles = analyses.Select(a => a.Through(pipeline, 4)).OfType<ParseDocument>().ToList();
        if (loop is not null)
        {
            // A long loop of one part, for a sampling profiler (perf) to look into.
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(20))
            {
                if (loop == "--titles")
                {
                    atRoles.ForEach(d => titles.Candidates(d));
                }
                else
                {
                    analyses.ForEach(a => parser.Parse(a.Page.Id, a.Page.Bytes));
                }
            }
            return;
        }
        Time("whole parse", bytes, () => analyses.ForEach(a => parser.Parse(a.Page.Id, a.Page.Bytes)));
        Time("whole parse, rules only", bytes, () => analyses.ForEach(a => rules.Parse(a.Page.Id, a.Page.Bytes)));
        Time("title features", bytes, () => atRoles.ForEach(d => titles.Candidates(d)));
        Time("rule title candidates", bytes, () => atRoles.ForEach(d => finder.Candidates(d)));
        Time("date features", bytes, () => atTitles.ForEach(d => dates.Candidates(d)));
        // The learned body stage on documents filled up to it: its features, and the whole stage (which fills the document, so a copy each time).
        var atSources = analyses.Select(a => a.Through(pipeline, 6)).OfType<ParseDocument>().ToList();
        Time("body line features", bytes, () => atSources.ForEach(d => BodyLineFeatures.Of(d, d.FinalRoles())));
        var bodyLines = atSources.SelectMany(d => d.Lines.Where((_, i) => d.FinalRoles()[i] == LineRole.Body)).ToList();
        Time("body word hashes", bytes, () => bodyLines.ForEach(l => BodyWords.Hashes(l)));
        Time("final roles", bytes, () => atSources.ForEach(d => d.FinalRoles()));
        Time("body lines above", bytes, () => atSources.ForEach(d => BodyLineFeatures.Above(d, d.FinalRoles())));
        Time("body ends", bytes, () => atSources.ForEach(d =>
        {
            var lines = BodyLineFeatures.Of(d, d.FinalRoles(), out var spans);
            BodyLineFeatures.Cuts(d, d.FinalRoles(), lines, lines.Select(_ => 0.0).ToList(), spans);
        }));
    }

    private static void Time(string label, long bytes, Action round)
    {
        for (var warm = 0; warm < 3; warm++)
        {
            round();
        }
        var watch = Stopwatch.StartNew();
        const int Rounds = 5;
        for (var i = 0; i < Rounds; i++)
        {
            round();
        }
        Console.WriteLine($"{label}: {watch.Elapsed.TotalMilliseconds / Rounds:F1} ms a round ({bytes * Rounds / watch.Elapsed.TotalSeconds / 1e6:F1} MB/s of the pages)");
    }
}
