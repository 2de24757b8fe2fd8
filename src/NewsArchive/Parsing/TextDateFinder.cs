using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Parsing;

/// <summary>
/// Stage 6: finds a calendar date written in a line ("Monday 1 March 2021", "March 1, 2021", "01.03.2021",
/// "2021-03-01", "1 de março de 2021", "2021年3月1日"). Only full dates with a year count: "yesterday"
/// or "on Friday" are not dates.
/// </summary>
public static partial class TextDateFinder
{
    private static readonly System.Buffers.SearchValues<char> s_digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>The first date written in the line, or null.</summary>
    public static DateOnly? Find(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length < 6 || !line.AsSpan().ContainsAny(s_digits))
        {
            return null;
        }
        DateOnly? best = null;
        var bestAt = int.MaxValue;
        foreach (var regex in (ReadOnlySpan<Regex>)[DayMonthYear(), MonthDayYear(), YearMonthDay(), NumericDayFirst(), EastAsian(), SpacedYearFirst(), ShortYear()])
        {
            for (var m = regex.Match(line); m.Success && m.Index < bestAt; m = m.NextMatch())
            {
                var date = ToDate(m);
                if (date is not null)
                {
                    (best, bestAt) = (date, m.Index);
                    break;
                }
            }
        }
        return best;
    }

    /// <summary>
    /// The date written with the headline and byline: first between the headline and the body, then the
    /// nearest above the body; then "Published …" lines anywhere, a month and day with the copyright year,
    /// and the earliest comment date as last resorts. Dates outside <paramref name="plausible"/> are passed over.
    /// </summary>
    public static DateOnly? FindNearTop(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, Classification classification, int titleIndex, PlausibleDates? plausible = null)
    {
        var window = plausible ?? PlausibleDates.Until(null);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(classification);
        var start = classification.BodyStart;
        var end = Math.Min(lines.Count, start < 0 ? 30 : start + 3);
        for (var i = Math.Max(titleIndex, 0); titleIndex >= 0 && i < end; i++)
        {
            var date = window.Keep(InDateLine(lines, features, classification.Roles[i], i));
            if (date is not null)
            {
                return date;
            }
        }
        for (var i = end - 1; i >= 0; i--)
        {
            var date = window.Keep(InDateLine(lines, features, classification.Roles[i], i));
            if (date is not null)
            {
                return date;
            }
        }
        return lines.Where(FurniturePatterns.MentionsPublication).Select(l => window.Keep(Find(l))).FirstOrDefault(d => d is not null)
            ?? YearlessDateFinder.Find(lines, features, end, window)
            ?? CommentDateFinder.Find(lines, features, Math.Max(start, 0), window);
    }

    // The dates of a list of other stories ("Headline / May 15, 2017" again and again) are not the page's.
    private static DateOnly? InDateLine(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, LineRole role, int index)
    {
        var candidate = (role != LineRole.Body && features[index].Words <= 15) || FurniturePatterns.IsByline(lines[index]);
        var date = candidate ? Find(lines[index]) : null;
        return date is not null && !HeadlineList.IsListedDate(lines, features, index) ? date : null;
    }

    private static DateOnly? ToDate(Match m)
    {
        var year = m.Groups["yy"].Success ? 2000 + Number(m, "yy") : Number(m, "y");
        var month = m.Groups["mon"].Success ? MonthNames.Number(m.Groups["mon"].ValueSpan) : Number(m, "m");
        var day = Number(m, "d");
        if (m.Groups["sep"].Value == "/" && month > 12 && day <= 12)
        {
            // 11/18/2019: slashes with a "month" over 12 are American month-first dates.
            (month, day) = (day, month);
        }
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new DateOnly(year, month, day);
    }

    private static int Number(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"(?<![0-9])(?<d>[0-9]{1,2})(?:st|nd|rd|th|er|º|\.)?(?:\s+(?:de\s+)?|-)(?<mon>\p{L}{3,12})\.?(?:,?\s+(?:de\s+)?|-)(?<y>(?:19|20)[0-9]{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<!\p{L})(?<mon>\p{L}{3,12})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)[0-9]{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![0-9])(?<y>[0-9]{4})(?<sep>[-/.])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthDay();

    [GeneratedRegex(@"(?<![0-9])(?<d>[0-9]{1,2})(?<sep>[./-])(?<m>[0-9]{1,2})\k<sep>(?<y>(?:19|20)[0-9]{2})(?![0-9]{3})", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDayFirst();

    // "2025. 1. 13." (Korean), and "25.4.24" / "05.08.24 kl. 14:47" (a two-digit year, dots only, nothing numeric after it).
    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})\.\s(?<m>[0-9]{1,2})\.\s(?<d>[0-9]{1,2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedYearFirst();

    [GeneratedRegex(@"(?<![0-9.,])(?<d>[0-9]{1,2})\.(?<m>[0-9]{1,2})\.(?<yy>[0-9]{2})(?![0-9.,])", RegexOptions.CultureInvariant)]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"(?<y>[0-9]{4})\s*[年년]\s*(?<m>[0-9]{1,2})\s*[月월]\s*(?<d>[0-9]{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex EastAsian();
}
