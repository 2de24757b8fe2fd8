using System.Globalization;

namespace NewsArchive.Search;

/// <summary>
/// Turns matches per day into bars over time: by day when the range spans two months or less, by week (Monday
/// to Sunday) up to a year, by month up to three years, by year beyond; empty periods in between get a bar of 0
/// so the axis is true to time. The range is the date filter's when one is set, else the matches' own.
/// </summary>
public static class Histogram
{
    public const int MaxDaySpan = 62;
    public const int MaxWeekSpan = 371;
    public const int MaxMonthSpan = 36;

    /// <summary>The units a caller may ask for.</summary>
    public static IReadOnlyList<string> Units { get; } = ["day", "week", "month", "year"];

    /// <param name="days">Match counts keyed by <c>DayNumber + 1</c> (0 = undated, skipped).</param>
    /// <param name="from">The window's first day, if any: days before it are not shown.</param>
    /// <param name="to">The window's last day, if any.</param>
    /// <param name="unit">Day, week, month or year; null picks one for the range.</param>
    public static (string Unit, List<HistogramBar> Bars) Build(IReadOnlyDictionary<long, int> days, DateOnly? from, DateOnly? to, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(days);
        var dated = days.Where(d => d.Key > 0 && d.Key <= DateOnly.MaxValue.DayNumber + 1)
            .Select(d => (Date: DateOnly.FromDayNumber((int)(d.Key - 1)), Count: d.Value))
            .Where(d => (from is null || d.Date >= from) && (to is null || d.Date <= to))
            .OrderBy(d => d.Date).ToList();
        if (dated.Count == 0)
        {
            return (unit ?? "day", []);
        }
        // A window wider than the matches is shown as wide as the matches on its open or distant side.
        var first = from is { } f && f > dated[0].Date.AddYears(-1) ? f : dated[0].Date;
        var last = to is { } t && t < dated[^1].Date.AddYears(1) ? t : dated[^1].Date;
        unit ??= Choose(first, last);
        var bars = new List<HistogramBar>();
        var next = 0;
        for (var start = PeriodStart(first, unit); start <= last; start = PeriodEnd(start, unit).AddDays(1))
        {
            var end = PeriodEnd(start, unit);
            var count = 0;
            for (; next < dated.Count && dated[next].Date <= end; next++)
            {
                count += dated[next].Count;
            }
            bars.Add(new HistogramBar(start, end, Label(start, unit), count) { Tick = Tick(start, unit) });
            if (end >= DateOnly.MaxValue.AddDays(-1))
            {
                break;
            }
        }
        return (unit, bars);
    }

    private static string Choose(DateOnly first, DateOnly last)
    {
        var span = last.DayNumber - first.DayNumber;
        var months = ((last.Year - first.Year) * 12) + last.Month - first.Month;
        return span <= MaxDaySpan ? "day" : span <= MaxWeekSpan ? "week" : months <= MaxMonthSpan ? "month" : "year";
    }

    private static DateOnly PeriodStart(DateOnly date, string unit) => unit switch
    {
        "year" => new DateOnly(date.Year, 1, 1),
        "month" => new DateOnly(date.Year, date.Month, 1),
        "week" => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        _ => date,
    };

    private static DateOnly PeriodEnd(DateOnly start, string unit) => unit switch
    {
        "year" => new DateOnly(start.Year, 12, 31),
        "month" => new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month)),
        "week" when start <= DateOnly.MaxValue.AddDays(-6) => start.AddDays(6),
        "week" => DateOnly.MaxValue,
        _ => start,
    };

    private static string Label(DateOnly start, string unit) => unit switch
    {
        "year" => start.Year.ToString(CultureInfo.InvariantCulture),
        "month" => start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        "week" => "Week of " + start.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        _ => start.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>The short label the axis writes under a bar.</summary>
    private static string Tick(DateOnly start, string unit) => unit switch
    {
        "year" => start.Year.ToString(CultureInfo.InvariantCulture),
        "month" => start.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        _ => start.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
    };
}
