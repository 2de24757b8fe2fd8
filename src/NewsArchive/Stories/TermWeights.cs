namespace NewsArchive.Stories;

/// <summary>TF-IDF over lead terms: (1 + ln tf) × idf; how alike two leads are; the terms an article is looked up by.</summary>
internal static class TermWeights
{
    /// <summary>The cosine of the two leads' TF-IDF vectors and how many informative terms they share.</summary>
    public static (double Cosine, int Shared) Compare(ArticleSketch a, ArticleSketch b, DocumentCounts counts)
    {
        double dot = 0, normA = 0, normB = 0;
        int i = 0, j = 0, shared = 0;
        var x = a.Terms;
        var y = b.Terms;
        while (i < x.Count || j < y.Count)
        {
            var next = j >= y.Count || (i < x.Count && x[i].Term <= y[j].Term) ? x[i].Term : y[j].Term;
            var idf = counts.Idf(next);
            var inA = i < x.Count && x[i].Term == next;
            var inB = j < y.Count && y[j].Term == next;
            var wa = inA ? Weight(x[i++].Count) * idf : 0;
            var wb = inB ? Weight(y[j++].Count) * idf : 0;
            if (inA && inB && counts.IsInformative(next))
            {
                shared++;
            }
            dot += wa * wb;
            normA += wa * wa;
            normB += wb * wb;
        }
        return (normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB), shared);
    }

    /// <summary>
    /// The article's <see cref="StoryTuning.KeyTerms"/> best lookup terms: highest TF-IDF, names favoured (ties by hash,
    /// so the choice is deterministic).
    /// </summary>
    public static List<long> KeyTerms(ArticleSketch sketch, DocumentCounts counts) =>
        sketch.Terms.OrderByDescending(t => Weight(t.Count) * counts.Idf(t.Term) * (IsName(t.Count) ? StoryTuning.NameKeyBoost : 1)).ThenBy(t => t.Term)
            .Take(StoryTuning.KeyTerms).Select(t => t.Term).ToList();

    private static bool IsName(byte count) => (count & ArticleSketch.NameBit) != 0;

    private static double Weight(byte count) => 1 + Math.Log(Math.Max(1, count & ~ArticleSketch.NameBit));
}
