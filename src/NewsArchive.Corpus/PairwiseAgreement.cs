namespace NewsArchive.Corpus;

/// <summary>
/// Pairwise precision and recall of a clustering against labels: over all pairs of items, the pairs put together
/// that the labels put together, of those put together (precision) and of those the labels put together (recall).
/// </summary>
public sealed record PairwiseAgreement(long Predicted, long Labelled, long Agreed)
{
    /// <summary>1 when nothing was put together (no pair claimed, none wrong).</summary>
    public double Precision => Predicted == 0 ? 1 : Agreed / (double)Predicted;

    /// <summary>1 when the labels put nothing together.</summary>
    public double Recall => Labelled == 0 ? 1 : Agreed / (double)Labelled;

    /// <summary>Scores items each with its label and its predicted cluster (null: alone).</summary>
    public static PairwiseAgreement Score(IEnumerable<(int Label, long? Cluster)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        var labelled = list.GroupBy(i => i.Label).Sum(g => Pairs(g.Count()));
        var clustered = list.Where(i => i.Cluster is not null).ToList();
        var predicted = clustered.GroupBy(i => i.Cluster).Sum(g => Pairs(g.Count()));
        var agreed = clustered.GroupBy(i => (i.Cluster, i.Label)).Sum(g => Pairs(g.Count()));
        return new PairwiseAgreement(predicted, labelled, agreed);
    }

    private static long Pairs(long n) => n * (n - 1) / 2;
}
