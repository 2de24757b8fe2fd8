using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Titles;

/// <summary>The features of one headline candidate on its own (<see cref="TitleFeatures"/> adds those relative to the others).</summary>
/// <param name="document">The page.</param>
/// <param name="context">The title finder's view of the top of the page.</param>
/// <param name="tuning">The thresholds.</param>
internal sealed class CandidateMeasure(ParseDocument document, TitleContext context, ParserTuning tuning)
{
    private readonly TitleScore _score = new(tuning);

    /// <param name="index">The candidate's line.</param>
    /// <param name="seen">Non-empty lines between it and the body.</param>
    /// <param name="firstShaped">The first title-shaped line of the page that is not a byline or a date, or -1.</param>
    /// <param name="shapedSeen">Whether a title-shaped line nearer the body was seen (candidates are visited from the body upwards).</param>
    /// <param name="ruleDistance">The hand-written score's distance penalty for the line, or null when that stage does not score it.</param>
    public HeadlineOption Of(int index, int seen, int firstShaped, ref bool shapedSeen, double? ruleDistance)
    {
        var start = document.BodyStart;
        var line = document.Lines[index];
        var f = document.Features[index];
        var x = new double[TitleFeatures.Count];
        var parts = _score.Parts(index, context);
        var shaped = parts.Shaped;
        var words = shaped ? parts.Words : ContentWords.Of(line, context.BodyWords.Vocabulary, tuning);
        var shared = shaped ? parts.Shared : words.Shared(context.BodyWords);
        var kind = document.Kinds[index];
        x[0] = 1;
        x[2] = shaped ? 1 : 0;
        x[3] = Math.Min(parts.Exact - 1, 2);
        x[4] = Math.Min(parts.Containing, 3);
        x[5] = parts.IsFirst ? 1 : 0;
        x[6] = parts.IsFirst && document.Header.Present ? 1 : 0;
        x[7] = (double)shared / Math.Max(words.Count, 3);
        x[8] = Math.Min(shared, 8) / 8.0;
        x[9] = f.IsWideScript || f.Words is >= 4 and <= 25 ? 1 : 0;
        x[10] = f.Words <= 2 && !f.IsWideScript ? 1 : 0;
        x[11] = f.Words > 0 && LineShapes.IsTitleCased(f, tuning) ? 1 : 0;
        x[12] = f.Letters >= 4 && !f.IsWideScript && !line.Any(char.IsLower) ? 1 : 0;
        x[13] = parts.InList ? 1 : 0;
        x[14] = parts.Byline == tuning.Titles.BylineNextBonus && parts.Byline > 0 ? 1 : 0;
        x[15] = parts.Byline == tuning.Titles.BylineNearBonus && parts.Byline > 0 ? 1 : 0;
        x[16] = Math.Min(seen, 40) / 10.0;
        x[17] = index >= start ? 1 : 0;
        x[18] = kind == LineKind.Text ? 1 : 0;
        x[19] = kind == LineKind.Furniture ? 1 : 0;
        x[20] = kind == LineKind.SectionBreak ? 1 : 0;
        x[21] = line[^1] is '.' or '。' ? 1 : 0;
        x[22] = line[^1] is '?' or '!' or '？' or '！' ? 1 : 0;
        x[23] = Math.Log(1 + f.EffectiveLength) / 5;
        x[24] = f.Letters + f.Digits == 0 ? 0 : (double)f.Digits / (f.Letters + f.Digits);
        x[25] = f.StopDensity;
        Surroundings(x, index, firstShaped, shaped, parts.Exact, f, ref shapedSeen);
        var rule = ruleDistance is { } penalty ? _score.Combine(index, context, parts) : double.MinValue;
        return new HeadlineOption(index, line, x, words, rule > double.MinValue / 2 ? rule - ruleDistance!.Value : null);
    }

    private void Surroundings(double[] x, int index, int firstShaped, bool shaped, int exact, in LineFeatures f, ref bool shapedSeen)
    {
        var (lines, start) = (document.Lines, document.BodyStart);
        var line = lines[index];
        var next = Neighbours.NonEmpty(lines, index, 1);
        var previous = Neighbours.NonEmpty(lines, index, -1);
        x[26] = next == start ? 1 : 0;
        x[27] = IsPageTitlePrefix(lines, line) ? 1 : 0;
        x[28] = f.IsWideScript ? 1 : 0;
        x[29] = exact > 2 ? 1 : 0;
        x[30] = f.Words > 25 ? 1 : 0;
        x[31] = f.Words <= 10 && TextDates.Find(line, tuning) is not null ? 1 : 0;
        x[32] = FurniturePatterns.IsFurniture(line, f, tuning) ? 1 : 0;
        x[33] = FurniturePatterns.IsByline(line) ? 1 : 0;
        x[34] = previous >= 0 && IsBylineOrDate(document, previous, tuning) ? 1 : 0;
        x[35] = line.Contains(": ", StringComparison.Ordinal) ? 1 : 0;
        x[36] = firstShaped == index ? 1 : 0;
        // The nearest title-shaped line above the body.
        if (shaped && !shapedSeen && index < start)
        {
            x[37] = 1;
            shapedSeen = true;
        }
        x[38] = previous >= 0 && document.Features[previous].Words <= 3 && document.Kinds[previous] != LineKind.Text ? 1 : 0;
        x[39] = shaped && f.Words >= 4 && OccursBelow(lines, index, start) ? 1 : 0;
        x[49] = f.IsWideScript && f.Wide < 12 ? 1 : 0;
        x[50] = ShortNeighbours(index) / 4.0;
        x[51] = previous >= 0 && document.Kinds[previous] == LineKind.Text ? 1 : 0;
        x[52] = next >= 0 && document.Kinds[next] == LineKind.Text && document.Roles[next] != LineRole.Body ? 1 : 0;
        x[58] = BylineAbove(index) ? 1 : 0;
    }

    // A byline a few lines above: the headline is written above its byline, a list of other stories below it.
    private bool BylineAbove(int index)
    {
        var at = index;
        for (var k = 0; k < tuning.Titles.BylineReach; k++)
        {
            at = Neighbours.NonEmpty(document.Lines, at, -1);
            if (at < 0)
            {
                return false;
            }
            if (FurniturePatterns.IsByline(document.Lines[at]))
            {
                return true;
            }
        }
        return false;
    }

    // Menus and widgets: lines of at most three words around the candidate (two non-empty lines up, two down).
    private int ShortNeighbours(int index)
    {
        var count = 0;
        foreach (var step in (ReadOnlySpan<int>)[-1, 1])
        {
            var at = index;
            for (var k = 0; k < 2; k++)
            {
                at = Neighbours.NonEmpty(document.Lines, at, step);
                if (at < 0)
                {
                    break;
                }
                count += document.Features[at].Words <= 3 ? 1 : 0;
            }
        }
        return count;
    }

    /// <summary>A byline, an author link, or a short line with a date.</summary>
    public static bool IsBylineOrDate(ParseDocument document, int i, ParserTuning tuning)
    {
        var line = document.Lines[i];
        return FurniturePatterns.IsByline(line) || FurniturePatterns.IsAuthorLink(line, tuning)
            || (document.Features[i].Words <= tuning.Titles.BylineDateMaxWords && TextDates.Find(line, tuning) is not null);
    }

    // "Headline | Site" or "Headline - Site" elsewhere on the page (the page's <title>) names this line.
    private static bool IsPageTitlePrefix(IReadOnlyList<string> lines, string line)
    {
        if (line.Length < 10)
        {
            return false;
        }
        foreach (var other in lines)
        {
            if (other.Length > line.Length + 2 && other.StartsWith(line, StringComparison.Ordinal)
                && other.AsSpan(line.Length).TrimStart() is ['|' or '-' or '–' or '—' or '·' or ':', ..])
            {
                return true;
            }
        }
        return false;
    }

    private static bool OccursBelow(IReadOnlyList<string> lines, int index, int bodyStart)
    {
        var line = lines[index];
        for (var i = Math.Max(bodyStart, index + 1); i < lines.Count; i++)
        {
            if (lines[i].Length > line.Length && lines[i].Contains(line, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
