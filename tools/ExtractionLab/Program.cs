// The extraction lab: leave-site-out cross-validation over pooled dev corpora, training of the parser's model.
//   cross-validate <out-folder> <folds> <corpus-folder>...   writes fold<k>.jsonl (held-out predictions) and fold<k>.gold.jsonl;
//                                                             the model of fold k is fitted on the other folds only
//   predict <out.jsonl> <corpus-folder>...                    predictions of the production parser, gold in <out>.gold.jsonl
//   train [--rebase-dates] <model-file> <corpus-folder>...    fits the model on every page and writes it (tools/train-extraction.sh);
//                                                             the date ranker on the shipped model's date basis (DateBasis), or with
//                                                             --rebase-dates on every current headline feature
//   profile <corpus-folder>...                                stopwatch of the parse and of the learned parts over the pages
//   titles <corpus-folder>...                                 pages whose gold headline the embedded model does not rank first
//   cv-titles <folds> [--bags N] <corpus-folder>...           held-out headline misses (ranker refitted per fold) and where the gold line is;
//                                                             --bags N: the ranker the mean of N fitted on bootstrap resamples (an experiment)
//   title-features <corpus-folder>...                         per headline feature: candidates that have it, how many are the gold line
using NewsArchive.Cli;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Document;
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
    case "train" when args.Length >= 3 && (args[1] != "--rebase-dates" || args.Length >= 4):
    {
        var rebase = args[1] == "--rebase-dates";
        var file = args[rebase ? 2 : 1];
        var pages = LoadAll(args[(rebase ? 3 : 2)..]);
        var model = Trainer.Fit(pages, Console.Error, rebase ? NewsArchive.Parsing.Titles.TitleFeatures.Names : null);
        var sources = string.Join(", ", args[(rebase ? 3 : 2)..].Select(f => Path.GetFileName(Path.TrimEndingDirectorySeparator(f))));
        File.WriteAllText(file, model.Write($"NewsArchive parser model, written by tools/train-extraction.sh: do not edit.\nTrained on {pages.Count} pages of {sources}."));
        Console.Error.WriteLine($"wrote {file}");
        return 0;
    }
    case "titles" when args.Length >= 2:
    {
        Diagnose.Titles(LoadAll(args[1..]));
        return 0;
    }
    case "cv-titles" when args.Length >= 3 && int.TryParse(args[1], out var titleFolds) && titleFolds >= 2:
    {
        // cv-titles <folds> [--bags N] <corpus-folder>...
        var bags = args.Length >= 5 && args[2] == "--bags" && int.TryParse(args[3], out var n) && n >= 1 ? n : 1;
        Diagnose.CrossValidatedTitles(LoadAll(args[(bags > 1 || args[2] == "--bags" ? 4 : 2)..]), titleFolds, bags);
        return 0;
    }
    case "cv-body" when args.Length >= 5 && int.TryParse(args[1], out var bodyFolds) && bodyFolds >= 2:
    {
        // cv-body <folds> <model-file> <l2,l2,...> <parts: l (lines), e (end), le> <corpus-folder>...
        var model = ExtractionModel.Parse(File.ReadAllText(args[2]));
        var l2s = args[3].Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        BodyLineTraining.CrossValidate(LoadAll(args[5..]), bodyFolds, model, l2s, args[4]);
        return 0;
    }
    case "title-features" when args.Length >= 2:
    {
        Diagnose.TitleFeatureCounts(LoadAll(args[1..]));
        return 0;
    }
    case "dates" when args.Length >= 2:
    {
        Diagnose.Dates(LoadAll(args[1..]));
        return 0;
    }
    case "profile" when args.Length >= 2:
    {
        var loop = args[1] is "--titles" or "--parse" ? args[1] : null;
        Profile.Run(LoadAll(args[(loop is null ? 1 : 2)..]), loop);
        return 0;
    }
    default:
        return Usage();
}

static List<DevPage> LoadAll(string[] folders) =>
    folders.SelectMany(f => DevPage.Load(f, Path.GetFileName(Path.TrimEndingDirectorySeparator(f)))).ToList();

static int Usage()
{
    Console.Error.WriteLine("usage: ExtractionLab cross-validate <out-folder> <folds> <corpus-folder>... | predict <out.jsonl> <corpus-folder>... | train [--rebase-dates] <model-file> <corpus-folder>... | profile <corpus-folder>...");
    return 2;
}

internal static class Lab
{
    /// <summary>Fits whatever the parser learns on <paramref name="training"/> only.</summary>
    public static ArticleTextParser Fit(IReadOnlyList<DevPage> training) =>
        new(new ParserOptions(), ParserTuning.Default, ParserPipeline.Create(ParserTuning.Default, Trainer.Fit(training, Console.Error)));

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
