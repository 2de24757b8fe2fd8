using System.Globalization;
using System.Text.RegularExpressions;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Dates;

/// <summary>
/// Last resort for pages that print only "Nov 18" by the headline: the year is taken from the page's own
/// copyright notice ("© 2019 …"), which is when the page was made. Both must be present; nothing is guessed.
/// </summary>
internal static partial class YearlessDateFinder
{
    /// <summary>The first plausible month and day above <paramref name="searchEnd"/> in a byline, publication or very short line, with the copyright year; or null.</summary>
    public static DateCandidate? Find(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, int searchEnd, PlausibleDates plausible, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(tuning);
        var t = tuning.Dates;
        var year = CopyrightYear(lines, tuning);
        if (year is null)
        {
            return null;
        }
        for (var i = 0; i < Math.Min(searchEnd, lines.Count); i++)
        {
            if (features[i].Words > 0 && features[i].Words <= t.YearlessMaxWords
                && (FurniturePatterns.IsByline(lines[i]) || FurniturePatterns.MentionsPublication(lines[i], tuning) || features[i].Words <= t.YearlessShortWords))
            {
                var date = plausible.Keep(MonthDay(lines[i], year.Value));
                if (date is not null)
                {
                    return new DateCandidate(i, date.Value, DateEvidence.CopyrightYear);
                }
            }
        }
        return null;
    }

    /// <summary>The latest year of the page's copyright notice, or null.</summary>
    public static int? CopyrightYear(IReadOnlyList<string> lines, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(tuning);
        foreach (var line in lines)
        {
            var match = line.Length < tuning.Dates.CopyrightMaxChars && PhraseGates.MayBeCopyright(line) ? Copyright().Match(line) : Match.Empty;
            if (match.Success)
            {
                return int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    private static DateOnly? MonthDay(string line, int year)
    {
        var match = MonthThenDay().Match(line);
        if (!match.Success)
        {
            return null;
        }
        var month = MonthNames.Number(match.Groups["mon"].ValueSpan);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return month > 0 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    [GeneratedRegex(@"(?<!\p{L})(?<mon>\p{L}{3,9})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9:])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthThenDay();

    [GeneratedRegex(@"(?:©|\([Cc]\)|[Cc]opyright)\s*(?:(?:19|20)[0-9]{2}\s*[-–]\s*)?(?<y>(?:19|20)[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex Copyright();
}
