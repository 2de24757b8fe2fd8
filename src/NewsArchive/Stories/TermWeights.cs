namespace NewsArchive.Stories;

/// <summary>TF-IDF over lead terms: (1 + ln tf) × idf; how alike two leads are; the terms an article is looked up by.</summary>
internal static class TermWeights
{
    /// <summary>
    /// How many informative terms the two leads share: a merge of their sorted terms, looking up only the shared ones.
    /// It is checked before <see cref="Cosine"/>, which weighs every term: most candidates fail here (profiled in
    /// docs/stories.md), so they never cost a logarithm.
    /// </summary>
    public static int SharedInformative(ArticleSketch a, ArticleSketch b, DocumentCounts counts)
    {
        var x = a.TermArray;
        var y = b.TermArray;
        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i].Term < y[j].Term)
            {
                i++;
            }
            else if (x[i].Term > y[j].Term)
            {
                j++;
            }
            else
            {
                shared += counts.IsInformative(x[i].Term) ? 1 : 0;
                i++;
                j++;
            }
        }
        return shared;
    }

    /// <summary>The cosine of the two leads' TF-IDF vectors.</summary>
    public static double Cosine(ArticleSketch a, ArticleSketch b, DocumentCounts counts)
    {
        double dot = 0, normA = 0, normB = 0;
        int i = 0, j = 0;
        var x = a.TermArray;
        var y = b.TermArray;
        while (i < x.Length || j < y.Length)
        {
            var next = j >= y.Length || (i < x.Length && x[i].Term <= y[j].Term) ? x[i].Term : y[j].Term;
            var idf = counts.Idf(next);
            var inA = i < x.Length && x[i].Term == next;
            var inB = j < y.Length && y[j].Term == next;
            var wa = inA ? Weight(x[i++].Count) * idf : 0;
            var wb = inB ? Weight(y[j++].Count) * idf : 0;
            dot += wa * wb;
            normA += wa * wa;
            normB += wb * wb;
        }
        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }

    /// <summary>
    /// The article's <see cref="StoryTuning.KeyTerms"/> best lookup terms: highest TF-IDF, names favoured (ties by hash,
    /// so the choice is deterministic).
    /// </summary>
    public static List<long> KeyTerms(ArticleSketch sketch, DocumentCounts counts)
    {
        // The best KeyTerms kept in order as the terms go by (score descending, then term ascending): the order of
        // OrderByDescending(score).ThenBy(term) without sorting all of them (a sort of every term was profiled).
        var best = new (double Score, long Term)[StoryTuning.KeyTerms];
        var kept = 0;
        foreach (var (term, count) in sketch.TermArray)
        {
            var score = Weight(count) * counts.Idf(term) * (IsName(count) ? StoryTuning.NameKeyBoost : 1);
            var at = kept;
            while (at > 0 && (best[at - 1].Score < score || (best[at - 1].Score == score && best[at - 1].Term > term)))
            {
                at--;
            }
            if (at == best.Length)
            {
                continue;
            }
            kept = Math.Min(kept + 1, best.Length);
            Array.Copy(best, at, best, at + 1, kept - at - 1);
            best[at] = (score, term);
        }
        return best.Take(kept).Select(b => b.Term).ToList();
    }

    private static bool IsName(byte count) => (count & ArticleSketch.NameBit) != 0;

    private static double Weight(byte count) => 1 + Math.Log(Math.Max(1, count & ~ArticleSketch.NameBit));
}
