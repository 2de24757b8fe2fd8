using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Parsing;

/// <summary>
/// Last resort for pages that print only "Nov 18" by the headline: the year is taken from the page's own
/// copyright notice ("© 2019 …"), which is when the page was made. Both must be present; nothing is guessed.
/// </summary>
public static partial class YearlessDateFinder
{
    private const int MaxWords = 12;

    public static DateOnly? Find(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, int searchEnd, PlausibleDates? plausible = null)
    {
        var window = plausible ?? PlausibleDates.Until(null);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(features);
        var year = CopyrightYear(lines);
        if (year is null)
        {
            return null;
        }
        for (var i = 0; i < Math.Min(searchEnd, lines.Count); i++)
        {
            if (features[i].Words is > 0 and <= MaxWords && (FurniturePatterns.IsByline(lines[i]) || FurniturePatterns.MentionsPublication(lines[i]) || features[i].Words <= 3))
            {
                var date = window.Keep(MonthDay(lines[i], year.Value));
                if (date is not null)
                {
                    return date;
                }
            }
        }
        return null;
    }

    /// <summary>The latest year of the page's copyright notice, or null.</summary>
    public static int? CopyrightYear(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            var match = line.Length < 300 && PhraseGates.MayBeCopyright(line) ? Copyright().Match(line) : Match.Empty;
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
    private static partial Regex Copyright();
}
