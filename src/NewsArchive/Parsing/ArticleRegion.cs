namespace NewsArchive.Parsing;

/// <summary>
/// Stage 4b: the article is the densest run of running text. Each line scores for or against being in it
/// (long text for, short lines and furniture against) and the best-scoring contiguous run wins; inside it,
/// short lines stay only when they read as a sentence, a subheading or a list item.
/// </summary>
public static class ArticleRegion
{
    private const double MaxTextScore = 8;

    public static Classification Classify(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, LineKind[] kinds, ParserTuning? tuning = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(kinds);
        var (start, end) = BestRun(features, kinds, tuning ?? ParserTuning.Default);
        var roles = new LineRole[lines.Count];
        var bodyStart = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var body = i >= start && i <= end && IsBody(i, features, kinds, end);
            roles[i] = kinds[i] == LineKind.Blank ? LineRole.Blank : body ? LineRole.Body : LineRole.Boilerplate;
            if (body && bodyStart < 0)
            {
                bodyStart = i;
            }
        }
        return new Classification(roles, kinds, bodyStart);
    }

    public static double Score(in LineFeatures f, LineKind kind, ParserTuning tuning) => kind switch
    {
        LineKind.Text => Math.Min(f.EffectiveLength / tuning.TextUnit, MaxTextScore),
        LineKind.Brief => f.EndsSentence || f.EndsWithColon || IsWideProse(f) ? -0.3 : -1,
        LineKind.ListItem => 0.2,
        LineKind.Furniture => -tuning.FurniturePenalty,
        LineKind.SectionBreak => -tuning.SectionBreakPenalty,
        _ => 0,
    };

    // Japanese and Chinese prose is often broken into short lines; fifteen or more characters read as text, not a menu.
    private static bool IsWideProse(in LineFeatures f) => f.IsWideScript && f.EffectiveLength >= 45;

    // Maximum-sum contiguous run (Kadane); (-1, -2) when no line scores above zero.
    private static (int Start, int End) BestRun(IReadOnlyList<LineFeatures> features, LineKind[] kinds, ParserTuning tuning)
    {
        double best = 0, current = 0;
        int bestStart = -1, bestEnd = -2, start = 0, furnitureRun = 0;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (current <= 0)
            {
                current = 0;
                start = i;
            }
            var score = Score(features[i], kinds[i], tuning);
            // A gallery or share bar is one interruption: furniture after the third in a row costs half.
            furnitureRun = kinds[i] == LineKind.Furniture ? furnitureRun + 1 : kinds[i] == LineKind.Blank ? furnitureRun : 0;
            current += furnitureRun > 3 ? score / 2 : score;
            if (current > best)
            {
                (best, bestStart, bestEnd) = (current, start, i);
            }
        }
        return (bestStart, bestEnd);
    }

    private static bool IsBody(int i, IReadOnlyList<LineFeatures> features, LineKind[] kinds, int end)
    {
        switch (kinds[i])
        {
            case LineKind.Text or LineKind.ListItem:
                return true;
            case LineKind.Brief:
                // A subheading sits between paragraphs; a headline of a linked story sits among other furniture.
                var next = LineKinds.Neighbour(kinds, i, 1);
                var previous = LineKinds.Neighbour(kinds, i, -1);
                var subheading = next >= 0 && next <= end && kinds[next] is LineKind.Text or LineKind.ListItem
                    && previous >= 0 && kinds[previous] is not (LineKind.Brief or LineKind.SectionBreak) && features[i].Words <= 15;
                return (features[i].EndsSentence && features[i].Letters > 0) || subheading;
            default:
                return false;
        }
    }
}
