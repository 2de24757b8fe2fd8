using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsArchive.Parsing;

/// <summary>Stage 3: reads the ` date YYYY-MM-DD` header the scraper put at the start of the first line.</summary>
public static partial class HeaderReader
{
    public static Header Read(string firstLine)
    {
        ArgumentNullException.ThrowIfNull(firstLine);
        var match = HeaderPattern().Match(firstLine);
        if (!match.Success)
        {
            return new Header(false, null, firstLine.Trim(), null);
        }
        var rest = firstLine[match.Length..].Trim();
        var raw = match.Groups["date"].Value;
        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return new Header(true, null, rest, $"The header date {raw} is not a real date; the article has no date from the header.");
        }
        return new Header(true, new DateOnly(year, month, day), rest, null);
    }

    // Tolerant: any leading space, any case, one- or two-digit month and day, '-', '/' or '.' between parts.
    [GeneratedRegex(@"^\s*date\s*:?\s*(?<date>(?<y>[0-9]{4})[-/.](?<m>[0-9]{1,2})[-/.](?<d>[0-9]{1,2}))(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderPattern();
}
