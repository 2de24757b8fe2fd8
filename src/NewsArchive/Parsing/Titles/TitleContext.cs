using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Titles;

/// <summary>What the title finder knows about the top of a file: its lines, where the body starts, the body's words.</summary>
internal sealed class TitleContext(ParseDocument document, int bodyStart, WordSet bodyWords, ParserTuning tuning)
{
    private Dictionary<string, int>? _counts;

    // Memos (0 unknown, 1 yes, -1 no): the same lines are asked about by several candidates.
    private readonly sbyte[] _shaped = new sbyte[document.Lines.Count];
    private readonly sbyte[] _dated = new sbyte[document.Lines.Count];

    private int _firstText = -1;

    public IReadOnlyList<string> Lines { get; } = document.Lines;

    public IReadOnlyList<LineFeatures> Features { get; } = document.Features;

    public Header Header { get; } = document.Header;

    public WordSet BodyWords { get; } = bodyWords;

    /// <summary>
    /// How often the line occurs above the body, and how many lines near it contain it ("Home › Section ›
    /// Headline", "Share on Twitter: Headline").
    /// </summary>
    public (int Exact, int Containing) Repeats(int index)
    {
        _counts ??= CountLinesAboveBody();
        var line = Lines[index];
        var containing = 0;
        var reach = tuning.Titles.ContainerReach;
        var end = Math.Min(Math.Min(Lines.Count, bodyStart), index + reach);
        for (var i = Math.Max(0, index - reach); i < end; i++)
        {
            var other = Lines[i];
            if (other.Length > line.Length && other.Contains(line, StringComparison.Ordinal))
            {
                containing++;
            }
        }
        var exact = _counts.GetValueOrDefault(line, 1);
        if (exact == tuning.Titles.RepeatedMinCount && RepeatsWithNeighbour(index))
        {
            // Repeated just enough, together with the line next to it: a block shown twice (a ticker, a menu), not a headline.
            return (1, containing);
        }
        if (exact + containing < tuning.Titles.RepeatedMinCount && Features[index].Words >= tuning.Titles.QuotedMinWords && OccursTwice(line))
        {
            // Quoted further down ("12 thoughts on “Headline”") or in a footer link.
            containing++;
        }
        return (exact, containing);
    }

    private bool RepeatsWithNeighbour(int index)
    {
        var (previous, next) = (Neighbours.NonEmpty(Lines, index, -1), Neighbours.NonEmpty(Lines, index, 1));
        for (var i = 0; i < Math.Min(Lines.Count, bodyStart); i++)
        {
            if (i == index || Lines[i] != Lines[index])
            {
                continue;
            }
            var (otherPrevious, otherNext) = (Neighbours.NonEmpty(Lines, i, -1), Neighbours.NonEmpty(Lines, i, 1));
            if (SameText(previous, otherPrevious) || SameText(next, otherNext))
            {
                return true;
            }
        }
        return false;
    }

    private bool SameText(int a, int b) => a >= 0 && b >= 0 && Lines[a] == Lines[b];

    private bool OccursTwice(string line)
    {
        var first = document.Text.IndexOf(line, StringComparison.Ordinal);
        return first >= 0 && document.Text.IndexOf(line, first + line.Length, StringComparison.Ordinal) >= 0;
    }

    private Dictionary<string, int> CountLinesAboveBody()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Math.Min(Lines.Count, bodyStart); i++)
        {
            counts[Lines[i]] = counts.GetValueOrDefault(Lines[i]) + 1;
        }
        return counts;
    }

    /// <summary>Headlines are followed closely by the byline or the date: points when it is the next line, fewer when it is near, else 0.</summary>
    public double BylineCloseness(int index)
    {
        var seen = 0;
        for (var i = index + 1; i < Lines.Count && i < bodyStart + 1 && seen < tuning.Titles.BylineReach; i++)
        {
            if (Lines[i].Length == 0)
            {
                continue;
            }
            seen++;
            // The date of a listed story ("Headline / May 15, 2017" three times over) says nothing of its headline.
            if (IsBylineOrDate(i) && !HeadlineList.IsListedDate(Lines, Features, i, tuning))
            {
                return seen == 1 ? tuning.Titles.BylineNextBonus : tuning.Titles.BylineNearBonus;
            }
        }
        return 0;
    }

    /// <summary>No text above the line but breadcrumbs ("Home » News"): the page's first line.</summary>
    public bool IsFirst(int index)
    {
        if (_firstText < 0)
        {
            _firstText = Lines.Count;
            for (var j = 0; j < Lines.Count; j++)
            {
                if (Lines[j].Length > 0 && !FurniturePatterns.IsBreadcrumb(Lines[j], tuning))
                {
                    _firstText = j;
                    break;
                }
            }
        }
        return index <= _firstText;
    }

    /// <summary>Four or more words, title-shaped, not running text nor a byline: a line that could be a headline.</summary>
    public bool IsHeadlineLike(int index) =>
        Features[index].Words >= tuning.Shapes.HeadlineMinWords && IsTitleShaped(index) && !LineShapes.IsText(Features[index], tuning) && !IsBylineOrDate(index);

    public bool IsTitleShaped(int index) =>
        Memo(_shaped, index, i => LineShapes.IsTitleShaped(Lines[i], Features[i], tuning));

    private bool IsBylineOrDate(int index) =>
        Memo(_dated, index, i => FurniturePatterns.IsByline(Lines[i]) || FurniturePatterns.IsAuthorLink(Lines[i], tuning)
            || (Features[i].Words <= tuning.Titles.BylineDateMaxWords && TextDates.Find(Lines[i], tuning) is not null));

    private static bool Memo(sbyte[] memo, int index, Func<int, bool> compute)
    {
        if (memo[index] == 0)
        {
            memo[index] = compute(index) ? (sbyte)1 : (sbyte)-1;
        }
        return memo[index] > 0;
    }
}
