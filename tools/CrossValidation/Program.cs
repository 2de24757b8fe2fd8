// Parses the dev corpus once per setting of four of the parser's thresholds (ParserTuning: a small grid around the
// defaults) and writes one predictions file per setting: <out>/<setting>.jsonl. tools/cross-validate.sh scores them.
using System.Globalization;
using NewsArchive.Cli;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Document;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: CrossValidation <texts-folder> <output-folder>");
    return 2;
}
var files = Directory.GetFiles(args[0], "*.txt").Order(StringComparer.Ordinal).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
Directory.CreateDirectory(args[1]);
double[] textUnits = [45, 60, 80];
double[] furniture = [1, 1.5, 2];
double[] breaks = [2, 4, 6];
double[] titleMin = [1, 1.5, 2];
var settings = 0;
foreach (var (t, f, b, m) in from t in textUnits from f in furniture from b in breaks from m in titleMin select (t, f, b, m))
{
    var defaults = ParserTuning.Default;
    var tuning = defaults with
    {
        Classification = defaults.Classification with { TextUnit = t, FurniturePenalty = f, SectionBreakPenalty = b },
        Titles = defaults.Titles with { MinScore = m },
    };
    var parser = new ArticleTextParser(new ParserOptions(), tuning);
    var name = string.Create(CultureInfo.InvariantCulture, $"text{t}_furniture{f}_break{b}_title{m}");
    using var output = new StreamWriter(Path.Combine(args[1], name + ".jsonl"));
    foreach (var (file, bytes) in files)
    {
        output.WriteLine(ParseCommand.ToJson(file, parser.Parse(file, bytes, today: DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime))));
    }
    settings++;
}
Console.Error.WriteLine($"{settings} settings x {files.Count} files written to {args[1]}");
return 0;
