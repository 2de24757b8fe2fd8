using NewsArchive.Search;

namespace NewsArchive.UnitTests.Search;

public sealed class HistogramTests
{
    private static long Day(int y, int m, int d) => new DateOnly(y, m, d).DayNumber + 1;

    [Fact]
    public void A_short_span_gets_one_bar_a_day_including_empty_days()
    {
        var (unit, bars) = Histogram.Build(new Dictionary<long, int> { [Day(2021, 3, 19)] = 1, [Day(2021, 3, 22)] = 2, [0] = 5 }, null, null);

        Assert.Equal("day", unit);
        Assert.Equal([1, 0, 0, 2], bars.Select(b => b.Count));
        Assert.Equal(new DateOnly(2021, 3, 19), bars[0].From);
    }

    [Fact]
    public void A_span_of_a_year_gets_one_bar_a_month()
    {
        var (unit, bars) = Histogram.Build(new Dictionary<long, int> { [Day(2020, 1, 5)] = 1, [Day(2020, 12, 31)] = 3 }, null, null);

        Assert.Equal("month", unit);
        Assert.Equal(12, bars.Count);
        Assert.Equal(new DateOnly(2020, 12, 31), bars[^1].To);
        Assert.Equal("December 2020", bars[^1].Label);
    }

    [Fact]
    public void A_span_of_decades_gets_one_bar_a_year_and_the_window_limits_it()
    {
        var days = new Dictionary<long, int> { [Day(1990, 6, 1)] = 1, [Day(2000, 1, 1)] = 2, [Day(2020, 1, 1)] = 4 };

        var (unit, bars) = Histogram.Build(days, new DateOnly(1995, 1, 1), null);

        Assert.Equal("year", unit);
        Assert.Equal(2000, bars[0].From.Year);
        Assert.Equal(21, bars.Count);
        Assert.Equal(6, bars.Sum(b => b.Count));
    }
}
