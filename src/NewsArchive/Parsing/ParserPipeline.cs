using NewsArchive.Parsing.Classification;
using NewsArchive.Parsing.Dates;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Lines;
using NewsArchive.Parsing.Sources;
using NewsArchive.Parsing.Titles;

namespace NewsArchive.Parsing;

/// <summary>
/// The stages that fill a <see cref="ParseDocument"/>, in the order they run. Each slot takes any
/// <see cref="IParseStage"/>, so a learned model can replace one decision (line classification, title choice,
/// date acceptance, the body lines) without touching the others: <c>ParserPipeline.Create(tuning) with { Titles = myStage }</c>.
/// </summary>
internal sealed record ParserPipeline(
    IParseStage Lines,
    IParseStage LineKinds,
    IParseStage LineClassification,
    IParseStage Titles,
    IParseStage Dates,
    IParseStage Sources,
    IParseStage Body)
{
    /// <summary>
    /// The production stages: the hand-written ones, with the title and the date chosen by the learned rankers of
    /// <paramref name="model"/> (the embedded model when none is given).
    /// </summary>
    public static ParserPipeline Create(ParserTuning tuning, ExtractionModel? model = null)
    {
        var learned = model ?? ExtractionModel.Embedded;
        return Rules(tuning) with { Titles = new TitleRanker(tuning, learned), Dates = new DateRanker(tuning, learned), Body = new BodyLineFilter(learned) };
    }

    /// <summary>The hand-written stages only, with the given thresholds.</summary>
    public static ParserPipeline Rules(ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        return new ParserPipeline(
            new LineReader(tuning), new LineKinds(tuning), new ArticleRegion(tuning), new TitleFinder(tuning), new DateFinder(tuning), new SourceFinder(tuning),
            new BodyLines());
    }

    /// <summary>The stages in the order they run.</summary>
    public IReadOnlyList<IParseStage> Stages => [Lines, LineKinds, LineClassification, Titles, Dates, Sources, Body];
}
