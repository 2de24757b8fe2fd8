using System.Buffers.Binary;

namespace NewsArchive.Stories;

/// <summary>TF-IDF over lead terms: (1 + ln tf) × idf; how alike two leads are; the terms an article is looked up by.</summary>
internal static class TermWeights
{
    /// <summary>
    /// Marks an article's terms with their weights (by slot, in <paramref name="counts"/>), so that each candidate is
    /// then weighed against it in one pass over the candidate's own terms (<see cref="SharedInformative(ArticleSketch, DocumentCounts)"/>,
    /// <see cref="Cosine(ArticleSketch, double, DocumentCounts)"/>): no merge of the two term lists. Returns the
    /// article's squared norm. Valid until the counts change.
    /// </summary>
    public static double Focus(ArticleSketch a, DocumentCounts counts)
    {
        counts.BeginFocus();
        var (slots, bytes) = counts.Resolve(a);
        double norm = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            var w = Weight(bytes[i]) * counts.IdfAt(slots[i]);
            counts.Mark(slots[i], w);
            norm += w * w;
        }
        return norm;
    }

    /// <summary>
    /// How many informative terms the focused article and <paramref name="b"/> share. It is checked before the cosine,
    /// which weighs every term: most candidates fail here (profiled in docs/stories.md), so they never cost a logarithm.
    /// </summary>
    public static int SharedInformative(ArticleSketch b, DocumentCounts counts) => SharedInformative(counts.Resolve(b).Slots, counts);

    /// <summary>As <see cref="SharedInformative(ArticleSketch, DocumentCounts)"/>, for a sketch's term slots (a held one's, read in place).</summary>
    public static int SharedInformative(ReadOnlySpan<int> slots, DocumentCounts counts)
    {
        var shared = 0;
        foreach (var slot in slots)
        {
            shared += counts.IsMarkedInformative(slot) ? 1 : 0;
        }
        return shared;
    }

    /// <summary>
    /// As <see cref="SharedInformative(ReadOnlySpan{int}, DocumentCounts)"/>, for a candidate's terms in their stored
    /// form (<see cref="Codec.WriteTerms"/>, read in place), <paramref name="focus"/> being the focused article: a merge
    /// of the two term lists by term (both sorted, see <see cref="IsSorted"/>), so the candidate is neither decoded nor
    /// its terms looked up. A shared term is a marked one, so the count is the same. Stored terms out of order give
    /// <see cref="int.MaxValue"/> (the caller then decides on the decoded sketch).
    /// </summary>
    public static int SharedInformative(ArticleSketch focus, ReadOnlySpan<byte> stored, DocumentCounts counts)
    {
        var terms = focus.TermArray;
        var slots = counts.Resolve(focus).Slots;
        var (shared, i) = (0, 0);
        var previous = long.MinValue;
        for (var at = 0; at + Codec.TermBytes <= stored.Length; at += Codec.TermBytes)
        {
            long term = BinaryPrimitives.ReadUInt32LittleEndian(stored[at..]);
            if (at > 0 && term <= previous)
            {
                return int.MaxValue;
            }
            previous = term;
            while (i < terms.Length && terms[i].Term < term)
            {
                i++;
            }
            if (i < terms.Length && terms[i].Term == term && counts.IsInformativeAt(slots[i]))
            {
                shared++;
            }
        }
        return shared;
    }

    /// <summary>Whether the sketch's terms are in ascending order (as <see cref="ArticleSketch.Compute(string, string)"/> sorts them), which the stored-form merge needs.</summary>
    public static bool IsSorted(ArticleSketch sketch)
    {
        var terms = sketch.TermArray;
        for (var i = 1; i < terms.Length; i++)
        {
            if (terms[i].Term <= terms[i - 1].Term)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The cosine of the focused article's TF-IDF vector (squared norm <paramref name="focusNorm"/>) and
    /// <paramref name="b"/>'s. Summed in <paramref name="b"/>'s term order, which is the terms' order (the shared terms
    /// and <paramref name="b"/>'s own come in the same order as in a merge of both lists: the same value to the bit).
    /// </summary>
    public static double Cosine(ArticleSketch b, double focusNorm, DocumentCounts counts)
    {
        var (y, cy) = counts.Resolve(b);
        return Cosine(y, cy, focusNorm, counts);
    }

    /// <summary>As <see cref="Cosine(ArticleSketch, double, DocumentCounts)"/>, for a sketch's term slots and count bytes (a held one's, read in place).</summary>
    public static double Cosine(ReadOnlySpan<int> y, ReadOnlySpan<byte> cy, double focusNorm, DocumentCounts counts)
    {
        double dot = 0, normB = 0;
        for (var j = 0; j < y.Length; j++)
        {
            var wb = Weight(cy[j]) * counts.IdfAt(y[j]);
            if (counts.IsMarked(y[j]))
            {
                dot += counts.MarkedWeight(y[j]) * wb;
            }
            normB += wb * wb;
        }
        return focusNorm == 0 || normB == 0 ? 0 : dot / Math.Sqrt(focusNorm * normB);
    }

    /// <summary>How many informative terms the two leads share (<see cref="SharedInformative(ArticleSketch, DocumentCounts)"/> with <paramref name="a"/> focused).</summary>
    public static int SharedInformative(ArticleSketch a, ArticleSketch b, DocumentCounts counts)
    {
        Focus(a, counts);
        return SharedInformative(b, counts);
    }

    /// <summary>The cosine of the two leads' TF-IDF vectors.</summary>
    public static double Cosine(ArticleSketch a, ArticleSketch b, DocumentCounts counts) => Cosine(b, Focus(a, counts), counts);

    /// <summary>
    /// The article's <see cref="StoryTuning.KeyTerms"/> best lookup terms, as slots of <paramref name="counts"/>: highest
    /// TF-IDF, names favoured (ties by hash, so the choice is deterministic).
    /// </summary>
    public static List<int> KeyTerms(ArticleSketch sketch, DocumentCounts counts) => KeyTerms(sketch, counts, focused: false);

    private static List<int> KeyTerms(ArticleSketch sketch, DocumentCounts counts, bool focused)
    {
        // The best KeyTerms kept in order as the terms go by (score descending, then term ascending): the order of
        // OrderByDescending(score).ThenBy(term) without sorting all of them (a sort of every term was profiled).
        var best = new (double Score, long Term, int Slot)[StoryTuning.KeyTerms];
        var kept = 0;
        var (slots, bytes) = counts.Resolve(sketch);
        for (var k = 0; k < slots.Length; k++)
        {
            var (term, count) = (counts.TermAt(slots[k]), bytes[k]);
            var weight = focused ? counts.MarkedWeight(slots[k]) : Weight(count) * counts.IdfAt(slots[k]);
            var score = weight * (IsName(count) ? StoryTuning.NameKeyBoost : 1);
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
            best[at] = (score, term, slots[k]);
        }
        var keys = new List<int>(kept);
        for (var k = 0; k < kept; k++)
        {
            keys.Add(best[k].Slot);
        }
        return keys;
    }

    /// <summary>
    /// As <see cref="KeyTerms(ArticleSketch, DocumentCounts)"/>, for the article <see cref="Focus"/> marked last (the counts unchanged since): its
    /// terms' weights are the marked ones, so no term's IDF is computed twice (the same scores to the bit).
    /// </summary>
    public static List<int> KeyTermsOfFocus(ArticleSketch sketch, DocumentCounts counts) => KeyTerms(sketch, counts, focused: true);

    private static bool IsName(byte count) => (count & ArticleSketch.NameBit) != 0;

    private static double Weight(byte count) => s_weights[count & ~ArticleSketch.NameBit];

    /// <summary>1 + ln tf for each count a term can have (0 to 127, a count below 1 weighing as 1): looked up, not taken a term.</summary>
    private static readonly double[] s_weights = [.. Enumerable.Range(0, 128).Select(c => 1 + Math.Log(Math.Max(1, c)))];
}
