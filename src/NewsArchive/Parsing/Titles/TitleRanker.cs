using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Titles;

/// <summary>
/// Stage 4, learned: scores every headline candidate (<see cref="TitleFeatures"/>) with the model's linear
/// weights plus its boosted trees (a softmax ranker fitted by tools/train-extraction.sh) and takes the best; when the best is the
/// "derive" option, the title is cut from the first sentence of the body (<see cref="DerivedTitle"/>).
/// </summary>
internal sealed class TitleRanker(ParserTuning tuning, ExtractionModel model) : IParseStage
{
    /// <summary>The name of the model's part that holds the weights.</summary>
    public const string Part = "title";

    /// <summary>The model's part that holds the boosted trees added to the linear score (optional: none, none added).</summary>
    public const string TreesPart = "title_trees";

    private readonly TitleFeatures _features = new(tuning);
    private readonly double[] _weights = (model ?? throw new ArgumentNullException(nameof(model))).Weights(Part, TitleFeatures.Names);
    private readonly TreeEnsemble _trees = TreeEnsemble.Of(model, TreesPart, TitleFeatures.Names);

    public void Run(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The candidates' word sets die here, so their vocabulary's arrays go back to the pool.
        using var vocabulary = new Vocabulary(pooled: true);
        document.SetTitle(Choose(_features.Candidates(document, vocabulary), document.Paragraphs));
    }

    /// <summary>The best-scoring candidate; the derived title when that is the derive option or there is none.</summary>
    public TitleChoice Choose(IReadOnlyList<HeadlineOption> candidates, IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        HeadlineOption? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var score = ExtractionModel.Score(candidate.Features, _weights) + _trees.Score(candidate.Features);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }
        return best is null || best.Index < 0
            ? new TitleChoice(DerivedTitle.From(paragraphs, tuning), true, null)
            : new TitleChoice(best.Line, false, best.Line, best.Index);
    }
}
