using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Recognisers;

/// <summary>
/// Recogniser: finds a calendar date written in a line ("Monday 1 March 2021", "March 1, 2021", "01.03.2021",
/// "2021-03-01", "1 de março de 2021", "2021年3月1日", "2021. 3. 1.", "01.03.21"; a year glued
/// to what follows, "Mar 1 20217:05 AM", counts when it is 19xx or 20xx; a month glued to the word before it,
/// "TimesMarch 1, 2021", when a lower-case letter meets its capital). Only full dates with a year count: "yesterday"
/// or "on Friday" are not dates. Digits of other scripts (fullwidth "２０２５年１月１３日", Arabic-Indic, Persian,
/// Devanagari, Bengali, Thai …: every Unicode decimal digit) and the fullwidth separators read as their ASCII forms;
/// a year of another calendar (Thai 2567, Persian 1403) is outside the plausible years and gives no date.
/// </summary>
internal static partial class TextDates
{
    private static readonly System.Buffers.SearchValues<char> s_digits = System.Buffers.SearchValues.Create("0123456789");

    private const int MemoSlots = 256;

    [ThreadStatic]
    private static (string? Line, ShapeTuning? Shapes, DateOnly? Date)[]? t_memo;

    /// <summary>The first date written in the line, or null.</summary>
    public static DateOnly? Find(string line, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(tuning);
        if (line.Length < tuning.Shapes.DateMinChars || !(line.AsSpan().ContainsAny(s_digits) || NeedsFolding(line)))
        {
            return null;
        }
        // The stages ask about the same lines (the same strings) several times: the last answers are kept, per thread,
        // by the line's identity. A string never changes and the answer depends only on it and the shape thresholds.
        var memo = t_memo ??= new (string?, ShapeTuning?, DateOnly?)[MemoSlots];
        ref var entry = ref memo[RuntimeHelpers.GetHashCode(line) & (MemoSlots - 1)];
        if (ReferenceEquals(entry.Line, line) && ReferenceEquals(entry.Shapes, tuning.Shapes))
        {
            return entry.Date;
        }
        var date = Search(NeedsFolding(line) ? FoldDigits(line) : line, tuning);
        entry = (line, tuning.Shapes, date);
        return date;
    }

    /// <summary>True when the text has what <see cref="FoldDigits"/> changes: a decimal digit outside ASCII (fullwidth,
    /// Arabic-Indic, Devanagari …) or a fullwidth separator.</summary>
    internal static bool NeedsFolding(ReadOnlySpan<char> text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (c >= 128 && (char.IsDigit(c) || c is '．' or '／' or '－' or '：' or '，'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The text with every decimal digit written in ASCII and the fullwidth separators of dates and times (．／－：，)
    /// as theirs; one character for one, so nothing else moves.
    /// </summary>
    internal static string FoldDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (folded, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                var c = source[k];
                folded[k] = c switch
                {
                    < (char)128 => c,
                    '．' => '.',
                    '／' => '/',
                    '－' => '-',
                    '：' => ':',
                    '，' => ',',
                    _ when char.IsDigit(c) => (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)),
                    _ => c,
                };
            }
        });
    }

    private static DateOnly? Search(string line, ParserTuning tuning)
    {
        // Every pattern but the last needs four digits in a row (its year); the last needs a digit after a full stop.
        // A pattern that cannot match is not run (the same result, without scanning the line for it).
        var hasYear = HasFourDigits(line);
        var hasShortYear = HasDigitAfterFullStop(line);
        if (!hasYear && !hasShortYear)
        {
            return null;
        }
        DateOnly? best = null;
        var bestAt = int.MaxValue;
        var patterns = (ReadOnlySpan<Regex>)[DayMonthYear(), MonthDayYear(), YearMonthDay(), NumericDayFirst(), EastAsian(), SpacedYearFirst(), ShortYear()];
        // A date at the line's start is the earliest there can be: no later pattern can take its place (bestAt 0).
        for (var p = hasYear ? 0 : patterns.Length - 1; p < (hasShortYear ? patterns.Length : patterns.Length - 1) && bestAt > 0; p++)
        {
            var regex = patterns[p];
            // A match that is no date ("TimesMarch 23, 2021": no month) is retried one character on, not after its end.
            for (var m = regex.Match(line); m.Success && m.Index < bestAt; m = regex.Match(line, m.Index + 1))
            {
                var date = ToDate(m, tuning.Shapes);
                if (date is not null)
                {
                    (best, bestAt) = (date, m.Index);
                    break;
                }
            }
        }
        return best;
    }

    /// <summary>True when the text has four ASCII digits in a row.</summary>
    internal static bool HasFourDigits(ReadOnlySpan<char> text)
    {
        var run = 0;
        for (var i = text.IndexOfAny(s_digits); i >= 0 && i < text.Length; i++)
        {
            run = char.IsAsciiDigit(text[i]) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when an ASCII digit follows a full stop somewhere in the text.</summary>
    internal static bool HasDigitAfterFullStop(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('.'); at >= 0 && at + 1 < text.Length; )
        {
            if (char.IsAsciiDigit(text[at + 1]))
            {
                return true;
            }
            var next = text[(at + 1)..].IndexOf('.');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private static DateOnly? ToDate(Match m, ShapeTuning t)
    {
        var year = m.Groups["yy"].Success ? 2000 + Number(m, "yy") : Number(m, "y");
        var month = m.Groups["mon"].Success ? MonthNames.Number(m.Groups["mon"].ValueSpan) : Number(m, "m");
        var day = Number(m, "d");
        if (m.Groups["sep"].Value == "/" && month > 12 && day <= 12)
        {
            // 11/18/2019: slashes with a "month" over 12 are American month-first dates.
            (month, day) = (day, month);
        }
        if (year < t.MinYear || year > t.MaxYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new DateOnly(year, month, day);
    }

    private static int Number(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"(?<![0-9])(?<d>[0-9]{1,2})(?:st|nd|rd|th|er|º|\.)?(?:\s+(?:de\s+)?|-)(?<mon>\p{L}{3,12})\.?(?:,?\s+(?:de\s+)?|-)(?<y>(?:19|20)[0-9]{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    // The month may be glued to the word before it ("by The Daily TimesMarch 23, 2021": separate elements of the page
    // run together), when a lower-case letter meets its capital.
    [GeneratedRegex(@"(?:(?<!\p{L})|(?-i:(?<=\p{Ll})(?=\p{Lu})))(?<mon>\p{L}{3,12})\.?\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?<y>(?:19|20)[0-9]{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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
