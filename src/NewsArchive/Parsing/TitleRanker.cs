namespace NewsArchive.Parsing;

/// <summary>
/// Stage 5 (learned): scores every headline candidate (<see cref="TitleFeatures"/>) with the model's linear
/// weights and takes the best; when the best is the "derive" option the title is cut from the first sentence.
/// </summary>
public static class TitleRanker
{
    public static TitleChoice Choose(ArticleLines lines, Classification classification, IReadOnlyList<string> paragraphs, ExtractionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var candidates = TitleFeatures.Candidates(lines, classification, paragraphs);
        TitleCandidate? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in candidates)
        {
            var score = Score(candidate.Features, model.Title);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }
        return best is null || best.Index < 0
            ? new TitleChoice(TitleFinder.Derive(paragraphs), true, null)
            : new TitleChoice(best.Line, false, best.Line, best.Index);
    }

    public static double Score(IReadOnlyList<double> features, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(weights);
        var sum = 0.0;
        for (var i = 0; i < features.Count; i++)
        {
            sum += features[i] * weights[i];
        }
        return sum;
    }
}
