// The extraction lab: leave-site-out cross-validation over pooled dev corpora, training of the parser's model, diagnostics.
//   cross-validate <out-folder> <folds> <corpus-folder>...   writes fold<k>.jsonl (held-out predictions) and fold<k>.gold.jsonl
//   predict <out.jsonl> <corpus-folder>...                    predictions of the production parser, gold in <out>.gold.jsonl
//   train <model-file> <corpus-folder>...                     fits the model on every page and writes it
//   profile <corpus-folder>...                                stopwatch of the parse and of each learned part over the pages
//   title-coverage <corpus-folder>...                         pages whose gold headline is no candidate
using NewsArchive.Cli;
using NewsArchive.Parsing;
using NewsArchive.Tools.ExtractionLab;

if (args.Length < 2)
{
    return Usage();
}
switch (args[0])
{
    case "cross-validate" when args.Length >= 4 && int.TryParse(args[2], out var k) && k >= 2:
    {
        var pages = LoadAll(args[3..]);
        var folds = Folds.Assign(pages, k);
        Directory.CreateDirectory(args[1]);
        for (var fold = 0; fold < k; fold++)
        {
            var held = pages.Where((_, i) => folds[i] == fold).ToList();
            var training = pages.Where((_, i) => folds[i] != fold).ToList();
            var parser = Lab.Fit(training);
            Lab.Write(Path.Combine(args[1], $"fold{fold}"), held, parser);
            Console.Error.WriteLine($"fold {fold}: {held.Count} pages of {held.Select(p => p.Site).Distinct().Count()} sites held out, fitted on {training.Count}");
        }
        return 0;
    }
    case "predict" when args.Length >= 3:
    {
        var pages = LoadAll(args[2..]);
        Lab.Write(Path.ChangeExtension(args[1], null), pages, new ArticleTextParser());
        return 0;
    }
    case "train" when args.Length >= 3:
    {
        var pages = LoadAll(args[2..]);
        var model = Trainer.Fit(pages, Console.Error);
        var sources = string.Join(", ", args[2..].Select(f => Path.GetFileName(Path.TrimEndingDirectorySeparator(f))));
        File.WriteAllText(args[1], model.Write($"NewsArchive parser model, written by tools/train-extraction.sh: do not edit.\nTrained on {pages.Count} pages of {sources}."));
        Console.Error.WriteLine($"wrote {args[1]}");
        return 0;
    }
    case "profile" when args.Length >= 2:
    {
        var analyses = LoadAll(args[1..]).Select(p => PageAnalysis.Of(p)).OfType<PageAnalysis>().ToList();
        var bytes = analyses.Sum(a => (long)a.Page.Bytes.Length);
        var model = ExtractionModel.Embedded;
        var parser = new ArticleTextParser();
        void Time(string label, Action<PageAnalysis> run)
        {
            for (var warm = 0; warm < 3; warm++)
            {
                analyses.ForEach(run);
            }
            var watch = System.Diagnostics.Stopwatch.StartNew();
            for (var round = 0; round < 5; round++)
            {
                analyses.ForEach(run);
            }
            Console.WriteLine($"{label}: {watch.Elapsed.TotalMilliseconds / 5:F1} ms a round ({bytes * 5 / watch.Elapsed.TotalSeconds / 1e6:F1} MB/s)");
        }
        Time("whole parse", a => parser.Parse(a.Page.Id, a.Page.Bytes));
        Time("title features", a => TitleFeatures.Candidates(a.Lines, a.Classification, a.Paragraphs));
        Time("rule title candidates", a => TitleFinder.Candidates(a.Lines, a.Classification, a.Paragraphs));
        Time("date features", a => DateFeatures.Candidates(a.Lines, a.Classification, -1));
        Time("line refine", a => LineClassifier.Refine(a.Lines, a.Classification, model));
        return 0;
    }
    case "title-coverage" when args.Length >= 2:
    {
        foreach (var analysis in LoadAll(args[1..]).Select(p => PageAnalysis.Of(p)).OfType<PageAnalysis>())
        {
            var gold = PageAnalysis.NormTitle(analysis.Page.GoldTitle);
            var candidates = TitleFeatures.Candidates(analysis.Lines, analysis.Classification, analysis.Paragraphs);
            if (candidates.Any(c => PageAnalysis.NormTitle(c.Line) == gold))
            {
                continue;
            }
            var at = Enumerable.Range(0, analysis.Lines.Contents.Count).Where(i => PageAnalysis.NormTitle(analysis.Lines.Contents[i]) == gold).ToList();
            var start = analysis.Classification.BodyStart;
            Console.WriteLine($"{analysis.Page.Id[..Math.Min(30, analysis.Page.Id.Length)]} body={start} gold at [{string.Join(',', at.Select(i => $"{i}:{analysis.Classification.Roles[i]}:{analysis.Classification.Kinds[i]}:nonempty-between={Enumerable.Range(Math.Min(i, start), Math.Abs(start - i)).Count(j => analysis.Lines.Contents[j].Length > 0)}"))}] {analysis.Page.GoldTitle[..Math.Min(50, analysis.Page.GoldTitle.Length)]}");
        }
        return 0;
    }
    default:
        return Usage();
}

static List<DevPage> LoadAll(string[] folders) =>
    folders.SelectMany(f => DevPage.Load(f, Path.GetFileName(Path.TrimEndingDirectorySeparator(f)))).ToList();

static int Usage()
{
    Console.Error.WriteLine("usage: ExtractionLab cross-validate <out-folder> <folds> <corpus-folder>... | predict <out.jsonl> <corpus-folder>...");
    return 2;
}

internal static class Lab
{
    /// <summary>Fits whatever the parser learns on <paramref name="training"/> only.</summary>
    public static ArticleTextParser Fit(IReadOnlyList<DevPage> training) =>
        new(new ParserOptions(), ParserTuning.Default, Trainer.Fit(training, Console.Error));

    public static void Write(string stem, IReadOnlyList<DevPage> pages, ArticleTextParser parser)
    {
        using var predictions = new StreamWriter(stem + ".jsonl");
        using var gold = new StreamWriter(stem + ".gold.jsonl");
        foreach (var page in pages)
        {
            predictions.WriteLine(ParseCommand.ToJson(page.Id, parser.Parse(page.Id, page.Bytes)));
            gold.WriteLine(page.GoldJson);
        }
    }
}
