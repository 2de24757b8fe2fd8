namespace NewsArchive.Parsing.Document;

/// <summary>
/// The score a learned ranker gives a candidate: the dot product of its features with the weights of the model's
/// <c>part</c>, plus the boosted trees of its <c>treesPart</c> (optional: a model without them adds nothing). Both
/// are read by feature name, so a model with other features is refused at start-up.
/// </summary>
internal sealed class LearnedScore
{
    private readonly double[] _weights;
    private readonly TreeEnsemble _trees;

    public LearnedScore(ExtractionModel model, string part, string treesPart, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(model);
        _weights = model.Weights(part, names);
        _trees = TreeEnsemble.Of(model, treesPart, names);
    }

    public double Of(double[] features) => ExtractionModel.Score(features, _weights) + _trees.Score(features);
}
