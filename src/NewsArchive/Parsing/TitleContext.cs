namespace NewsArchive.Parsing;

/// <summary>What the title finder knows about the top of a file: its lines, where the body starts, the body's words.</summary>
internal sealed class TitleContext(ArticleLines lines, int bodyStart, HashSet<string> bodyWords)
{
    private const int BylineReach = 3;
    private const int ContainerReach = 20;
    private Dictionary<string, int>? _counts;

    // Memos (0 unknown, 1 yes, -1 no): the same lines are asked about by several candidates.
    private readonly sbyte[] _shaped = new sbyte[lines.Contents.Count];
    private readonly sbyte[] _dated = new sbyte[lines.Contents.Count];

    public ArticleLines Lines { get; } = lines;

    public HashSet<string> BodyWords { get; } = bodyWords;

    /// <summary>
    /// How often the line occurs above the body, and how many lines near it contain it ("Home › Section ›
    /// Headline", "Share on Twitter: Headline").
    /// </summary>
    public (int Exact, int Containing) Repeats(int index)
    {
        _counts ??= CountLinesAboveBody();
        var line = Lines.Contents[index];
        var containing = 0;
        var end = Math.Min(Math.Min(Lines.Contents.Count, bodyStart), index + ContainerReach);
        for (var i = Math.Max(0, index - ContainerReach); i < end; i++)
        {
            var other = Lines.Contents[i];
            if (other.Length > line.Length && other.Contains(line, StringComparison.Ordinal))
            {
                containing++;
            }
        }
        var exact = _counts.GetValueOrDefault(line, 1);
        if (exact == 2 && RepeatsWithNeighbour(index))
        {
            // Repeated together with the line next to it: a block shown twice (a ticker, a menu), not a headline.
            return (1, containing);
        }
        if (exact + containing < 2 && Lines.Features[index].Words >= 4 && OccursTwice(line))
        {
            // Quoted further down ("12 thoughts on “Headline”") or in a footer link.
            containing++;
        }
        return (exact, containing);
    }

    private bool RepeatsWithNeighbour(int index)
    {
        var contents = Lines.Contents;
        var (previous, next) = (NonEmpty(index, -1), NonEmpty(index, 1));
        for (var i = 0; i < Math.Min(contents.Count, bodyStart); i++)
        {
            if (i == index || contents[i] != contents[index])
            {
                continue;
            }
            var (otherPrevious, otherNext) = (NonEmpty(i, -1), NonEmpty(i, 1));
            if (SameText(previous, otherPrevious) || SameText(next, otherNext))
            {
                return true;
            }
        }
        return false;
    }

    private bool SameText(int a, int b) => a >= 0 && b >= 0 && Lines.Contents[a] == Lines.Contents[b];

    private int NonEmpty(int index, int step)
    {
        for (var i = index + step; i >= 0 && i < Lines.Contents.Count; i += step)
        {
            if (Lines.Contents[i].Length != 0)
            {
                return i;
            }
        }
        return -1;
    }

    private bool OccursTwice(string line)
    {
        var first = Lines.Text.IndexOf(line, StringComparison.Ordinal);
        return first >= 0 && Lines.Text.IndexOf(line, first + line.Length, StringComparison.Ordinal) >= 0;
    }

    private Dictionary<string, int> CountLinesAboveBody()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(Lines.Contents.Count, bodyStart); i++)
        {
            counts[Lines.Contents[i]] = counts.GetValueOrDefault(Lines.Contents[i]) + 1;
        }
        return counts;
    }

    /// <summary>Headlines are followed closely by the byline or the date: 2 when it is the next line, 1 when it is near, else 0.</summary>
    public int BylineCloseness(int index)
    {
        var seen = 0;
        for (var i = index + 1; i < Lines.Contents.Count && i < bodyStart + 1 && seen < BylineReach; i++)
        {
            var line = Lines.Contents[i];
            if (line.Length == 0)
            {
                continue;
            }
            seen++;
            // The date of a listed story ("Headline / May 15, 2017" three times over) says nothing of its headline.
            if (IsBylineOrDate(i) && !HeadlineList.IsListedDate(Lines.Contents, Lines.Features, i))
            {
                return seen == 1 ? 2 : 1;
            }
        }
        return 0;
    }

    /// <summary>Four or more words, title-shaped, not running text nor a byline: a line that could be a headline.</summary>
    public bool IsHeadlineLike(int index) =>
        Lines.Features[index].Words >= 4 && IsTitleShaped(index) && !LineKinds.IsText(Lines.Features[index]) && !IsBylineOrDate(index);

    public bool IsTitleShaped(int index) =>
        Memo(_shaped, index, i => TitleFinder.IsTitleShaped(Lines.Contents[i], Lines.Features[i]));

    private bool IsBylineOrDate(int index) =>
        Memo(_dated, index, i => FurniturePatterns.IsByline(Lines.Contents[i]) || FurniturePatterns.IsAuthorLink(Lines.Contents[i]) || (Lines.Features[i].Words <= 12 && TextDateFinder.Find(Lines.Contents[i]) is not null));

    private static bool Memo(sbyte[] memo, int index, Func<int, bool> compute)
    {
        if (memo[index] == 0)
        {
            memo[index] = compute(index) ? (sbyte)1 : (sbyte)-1;
        }
        return memo[index] > 0;
    }
}
