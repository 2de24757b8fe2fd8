namespace NewsArchive.Tools.ExtractionLab;

/// <summary>
/// How many boosted trees the headline ranker gets: chosen by an inner leave-site-out cross-validation over the
/// training pages only (the linear ranker and the trees refitted without each inner fold), the count with the most
/// inner held-out headlines ranked first; a tie keeps the fewer trees.
/// </summary>
internal static class TreeCount
{
    private const int InnerFolds = 5;
    private static readonly int[] s_counts = [0, 25, 50, 100, 150, 200];

    public static int Fit(IReadOnlyList<DevPage> pages, IReadOnlyList<Trainer.Group> groups, TextWriter? log)
    {
        var folds = Folds.Assign(pages, InnerFolds);
        var right = new int[s_counts.Length];
        for (var fold = 0; fold < InnerFolds; fold++)
        {
            var training = groups.Where((_, i) => folds[i] != fold).ToList();
            var linear = Ranker.Fit(training, groups[0].X[0].Length);
            var trees = Boost.Fit(training, linear, s_counts[^1]);
            foreach (var group in groups.Where((_, i) => folds[i] == fold))
            {
                var scores = group.X.Select(x => NewsArchive.Parsing.Document.ExtractionModel.Score(x, linear)).ToArray();
                var done = 0;
                for (var c = 0; c < s_counts.Length; c++)
                {
                    for (; done < s_counts[c]; done++)
                    {
                        for (var k = 0; k < scores.Length; k++)
                        {
                            scores[k] += trees[done].Score(group.X[k]);
                        }
                    }
                    var best = Array.IndexOf(scores, scores.Max());
                    right[c] += Array.IndexOf(group.Right, best) >= 0 ? 1 : 0;
                }
            }
        }
        var chosen = Enumerable.Range(0, s_counts.Length).MaxBy(c => (right[c], -c));
        log?.WriteLine($"title trees: {s_counts[chosen]} (inner cross-validation, headlines ranked first: {string.Join(", ", s_counts.Select((n, c) => $"{n} trees {right[c]}"))} of {groups.Count})");
        return s_counts[chosen];
    }
}
