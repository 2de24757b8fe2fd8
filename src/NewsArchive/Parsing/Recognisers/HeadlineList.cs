using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Recognisers;

/// <summary>
/// Lists of links to other stories: a run of headlines, a "See also" block, a "Headline / May 15, 2017" list.
/// Their entries look like headlines and share words with the article (they are chosen for being related), but
/// none of them is the page's headline, and none of their dates is the page's date.
/// </summary>
internal static class HeadlineList
{
    /// <summary>True when the line at <paramref name="index"/> is an entry of a list of links to other stories.</summary>
    public static bool IsEntry(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, int index, Func<int, bool> isHeadlineLike, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(isHeadlineLike);
        var previous = Neighbours.NonEmpty(lines, index, -1);
        var next = Neighbours.NonEmpty(lines, index, 1);
        bool Like(int i) => i >= 0 && isHeadlineLike(i);
        var (before, after) = (Like(previous), Like(next));
        // Between two headlines, or the first of three in a row. (Not the last: the page's headline often comes
        // right after a list of other headlines.)
        if ((before && after) || (after && Like(Neighbours.NonEmpty(lines, next, 1))))
        {
            return true;
        }
        return (previous >= 0 && IntroducesLinks(lines[previous], features[previous], tuning))
            || (next >= 0 && IsListedDate(lines, features, next, tuning));
    }

    /// <summary>
    /// True when the line is a bare date under a listed headline, with at least two more such pairs near it:
    /// the dates of a list of other stories.
    /// </summary>
    public static bool IsListedDate(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, int index, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(tuning);
        if (!IsDatedPair(lines, features, index, tuning))
        {
            return false;
        }
        var (reach, wanted) = (tuning.Shapes.DatedListReach, tuning.Shapes.DatedListMinOthers);
        var others = 0;
        foreach (var step in (ReadOnlySpan<int>)[-1, 1])
        {
            var i = index;
            for (var seen = 0; seen < reach && others < wanted; seen++)
            {
                i = Neighbours.NonEmpty(lines, i, step);
                if (i < 0)
                {
                    break;
                }
                others += IsDatedPair(lines, features, i, tuning) ? 1 : 0;
            }
        }
        return others >= wanted;
    }

    // "See also", "More on:", "Related stories": the lines after it are links.
    private static bool IntroducesLinks(string line, in LineFeatures features, ParserTuning tuning) =>
        FurniturePatterns.IsSectionBreak(line, features, tuning) || FurniturePatterns.IsLinkHeading(line, features, tuning);

    private static bool IsDatedPair(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, int index, ParserTuning tuning)
    {
        if (!LineShapes.IsDateLine(lines[index], features[index], tuning))
        {
            return false;
        }
        var above = Neighbours.NonEmpty(lines, index, -1);
        return above >= 0 && features[above].Words >= tuning.Shapes.HeadlineMinWords && !LineShapes.IsText(features[above], tuning)
            && LineShapes.IsTitleShaped(lines[above], features[above], tuning);
    }
}
