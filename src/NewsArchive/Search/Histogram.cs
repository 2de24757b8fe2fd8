using System.Globalization;

namespace NewsArchive.Search;

/// <summary>
/// Turns matches per day into bars over time: by day when the matches span two months or less, by month up
/// to three years, by year beyond; empty periods in between get a bar of 0 so the axis is true to time.
/// </summary>
public static class Histogram
{
    public const int MaxDaySpan = 62;
    public const int MaxMonthSpan = 36;

    /// <param name="days">Match counts keyed by <c>DayNumber + 1</c> (0 = undated, skipped).</param>
    /// <param name="from">The window's first day, if any: days before it are not shown.</param>
    /// <param name="to">The window's last day, if any.</param>
    public static (string Unit, List<HistogramBar> Bars) Build(IReadOnlyDictionary<long, int> days, DateOnly? from, DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(days);
        var dated = days.Where(d => d.Key > 0 && d.Key <= DateOnly.MaxValue.DayNumber + 1)
            .Select(d => (Date: DateOnly.FromDayNumber((int)(d.Key - 1)), d.Value))
            .Where(d => (from is null || d.Date >= from) && (to is null || d.Date <= to))
            .OrderBy(d => d.Date).ToList();
        if (dated.Count == 0)
        {
            return ("day", []);
        }
        var (first, last) = (dated[0].Date, dated[^1].Date);
        var months = ((last.Year - first.Year) * 12) + last.Month - first.Month;
        var unit = last.DayNumber - first.DayNumber <= MaxDaySpan ? "day" : months <= MaxMonthSpan ? "month" : "year";
        var bars = new List<HistogramBar>();
        for (var start = PeriodStart(first, unit); ;)
        {
            var end = PeriodEnd(start, unit);
            var count = dated.Where(d => d.Date >= start && d.Date <= end).Sum(d => d.Value);
            bars.Add(new HistogramBar(start, end, Label(start, unit), count));
            if (end >= last)
            {
                return (unit, bars);
            }
            start = end.AddDays(1);
        }
    }

    private static DateOnly PeriodStart(DateOnly date, string unit) => unit switch
    {
        "year" => new DateOnly(date.Year, 1, 1),
        "month" => new DateOnly(date.Year, date.Month, 1),
        _ => date,
    };

    private static DateOnly PeriodEnd(DateOnly start, string unit) => unit switch
    {
        "year" => new DateOnly(start.Year, 12, 31),
        "month" => new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month)),
        _ => start,
    };

    private static string Label(DateOnly start, string unit) => unit switch
    {
        "year" => start.Year.ToString(CultureInfo.InvariantCulture),
        "month" => start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => start.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
    };
}
