using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Classification;

/// <summary>
/// Stage 3b, the line-classification decision: the article is the densest run of running text. Each line scores
/// for or against being in it (long text for, short lines and furniture against) and the best-scoring contiguous
/// run wins; inside it, short lines stay only when they read as a sentence, a subheading or a list item. Real text
/// is never refused: with no such run, every line that is not clearly furniture is the body, with low confidence.
/// </summary>
internal sealed class ArticleRegion(ParserTuning tuning) : IParseStage
{
    public const string NoWordsAfterHeader = "The file has a date header but no words after it.";

    public const string NoWords = "The file has no words: no line contains a letter or a digit.";

    public void Run(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Lines;
        var features = document.Features;
        var kinds = document.Kinds;
        var (start, end) = BestRun(features, kinds);
        var roles = new LineRole[lines.Count];
        var bodyStart = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var body = i >= start && i <= end && IsBody(i, lines, features, kinds, end);
            roles[i] = kinds[i] == LineKind.Blank ? LineRole.Blank : body ? LineRole.Body : LineRole.Boilerplate;
            if (body && bodyStart < 0)
            {
                bodyStart = i;
            }
        }
        if (bodyStart >= 0)
        {
            document.SetRoles(roles, bodyStart);
            return;
        }
        // An earnings table or a one-line brief is news the classifier cannot place.
        (roles, bodyStart) = KeepAllText(lines, kinds);
        document.SetRoles(roles, bodyStart, lowConfidence: true);
        if (bodyStart < 0)
        {
            document.Reject(document.Header.Present ? NoWordsAfterHeader : NoWords);
        }
    }

    // The lines that are not clearly furniture, else every line with a letter or a digit, become the body.
    private static (LineRole[] Roles, int BodyStart) KeepAllText(IReadOnlyList<string> lines, IReadOnlyList<LineKind> kinds)
    {
        var hasWords = lines.Select(c => c.Any(char.IsLetterOrDigit)).ToArray();
        var notFurniture = Enumerable.Range(0, kinds.Count).Where(i => hasWords[i] && kinds[i] is not (LineKind.Furniture or LineKind.SectionBreak or LineKind.Blank)).ToHashSet();
        var kept = notFurniture.Count > 0 ? notFurniture : Enumerable.Range(0, kinds.Count).Where(i => hasWords[i]).ToHashSet();
        var roles = new LineRole[kinds.Count];
        for (var i = 0; i < roles.Length; i++)
        {
            roles[i] = kept.Contains(i) ? LineRole.Body : kinds[i] == LineKind.Blank ? LineRole.Blank : LineRole.Boilerplate;
        }
        return (roles, kept.Count > 0 ? kept.Min() : -1);
    }

    /// <summary>What one line scores for (or, below zero, against) being in the article.</summary>
    public double Score(in LineFeatures f, LineKind kind)
    {
        var t = tuning.Classification;
        return kind switch
        {
            LineKind.Text => Math.Min(f.EffectiveLength / t.TextUnit, t.MaxTextScore),
            LineKind.Brief => f.EndsSentence || f.EndsWithColon || IsWideProse(f) ? -t.SentenceBriefPenalty : -t.BriefPenalty,
            LineKind.ListItem => t.ListItemScore,
            LineKind.Furniture => -t.FurniturePenalty,
            LineKind.SectionBreak => -t.SectionBreakPenalty,
            _ => 0,
        };
    }

    // Japanese and Chinese prose is often broken into short lines; fifteen or more characters read as text, not a menu.
    private bool IsWideProse(in LineFeatures f) => f.IsWideScript && f.EffectiveLength >= tuning.Classification.WideProseMinLength;

    // Maximum-sum contiguous run (Kadane); (-1, -2) when no line scores above zero.
    private (int Start, int End) BestRun(IReadOnlyList<LineFeatures> features, IReadOnlyList<LineKind> kinds)
    {
        var t = tuning.Classification;
        double best = 0, current = 0;
        int bestStart = -1, bestEnd = -2, start = 0, furnitureRun = 0;
        for (var i = 0; i < kinds.Count; i++)
        {
            if (current <= 0)
            {
                current = 0;
                start = i;
            }
            var score = Score(features[i], kinds[i]);
            // A gallery or share bar is one interruption: furniture after the third in a row costs less.
            furnitureRun = kinds[i] == LineKind.Furniture ? furnitureRun + 1 : kinds[i] == LineKind.Blank ? furnitureRun : 0;
            current += furnitureRun > t.FurnitureRunAtFullCost ? score * t.LongFurnitureRunCost : score;
            if (current > best)
            {
                (best, bestStart, bestEnd) = (current, start, i);
            }
        }
        return (bestStart, bestEnd);
    }

    private bool IsBody(int i, IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, IReadOnlyList<LineKind> kinds, int end)
    {
        switch (kinds[i])
        {
            case LineKind.Text or LineKind.ListItem:
                return true;
            case LineKind.Brief:
                // A subheading sits between paragraphs; a headline of a linked story sits among other furniture.
                var next = Neighbours.NonEmpty(lines, i, 1);
                var previous = Neighbours.NonEmpty(lines, i, -1);
                var subheading = next >= 0 && next <= end && kinds[next] is LineKind.Text or LineKind.ListItem
                    && previous >= 0 && kinds[previous] is not (LineKind.Brief or LineKind.SectionBreak)
                    && features[i].Words <= tuning.Classification.SubheadingMaxWords;
                return (features[i].EndsSentence && features[i].Letters > 0) || subheading;
            default:
                return false;
        }
    }
}
