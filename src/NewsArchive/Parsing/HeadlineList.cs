namespace NewsArchive.Parsing;

/// <summary>
/// Lists of links to other stories: a run of headlines, a "See also" block, a "Headline / May 15, 2017" list. Their entries look like headlines and share words with the article
/// (they are chosen for being related), but none of them is the page's headline, and none of their dates is
/// the page's date.
/// </summary>
public static class HeadlineList
{
    // How far (in non-empty lines) other entries of a dated list are looked for.
    private const int DatedListReach = 12;

    /// <summary>True when the line at <paramref name="index"/> is an entry of a list of links to other stories.</summary>
    public static bool IsEntry(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, int index, Func<int, bool> isHeadlineLike)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(isHeadlineLike);
        var previous = NonEmpty(lines, index, -1);
        var next = NonEmpty(lines, index, 1);
        bool Like(int i) => i >= 0 && isHeadlineLike(i);
        var (before, after) = (Like(previous), Like(next));
        // Between two headlines, or the first of three in a row. (Not the last: the page's headline often comes
        // right after a list of other headlines.)
        if ((before && after) || (after && Like(NonEmpty(lines, next, 1))))
        {
            return true;
        }
        return (previous >= 0 && IntroducesLinks(lines[previous], features[previous]))
            || (next >= 0 && IsListedDate(lines, features, next));
    }

    /// <summary>
    /// True when the line is a bare date under a listed headline, with at least two more such pairs near it:
    /// the dates of a list of other stories.
    /// </summary>
    public static bool IsListedDate(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, int index)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(features);
        if (!IsDatedPair(lines, features, index))
        {
            return false;
        }
        var others = 0;
        foreach (var step in (ReadOnlySpan<int>)[-1, 1])
        {
            var i = index;
            for (var seen = 0; seen < DatedListReach && others < 2; seen++)
            {
                i = NonEmpty(lines, i, step);
                if (i < 0)
                {
                    break;
                }
                others += IsDatedPair(lines, features, i) ? 1 : 0;
            }
        }
        return others >= 2;
    }

    // "See also", "More on:", "Related stories": the lines after it are links.
    private static bool IntroducesLinks(string line, in LineFeatures features) =>
        FurniturePatterns.IsSectionBreak(line, features) || FurniturePatterns.IsLinkHeading(line, features);

    private static bool IsDatedPair(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, int index)
    {
        if (!LineKinds.IsDateLine(lines[index], features[index]))
        {
            return false;
        }
        var above = NonEmpty(lines, index, -1);
        return above >= 0 && features[above].Words >= 4 && !LineKinds.IsText(features[above]) && TitleFinder.IsTitleShaped(lines[above], features[above]);
    }

    private static int NonEmpty(IReadOnlyList<string> lines, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < lines.Count; i += step)
        {
            if (lines[i].Length != 0)
            {
                return i;
            }
        }
        return -1;
    }
}
