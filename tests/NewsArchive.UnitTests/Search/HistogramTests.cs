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
    public void A_span_of_a_year_gets_one_bar_a_week_from_monday_to_sunday()
    {
        var (unit, bars) = Histogram.Build(new Dictionary<long, int> { [Day(2020, 1, 5)] = 1, [Day(2020, 12, 31)] = 3 }, null, null);

        Assert.Equal("week", unit);
        Assert.Equal(new DateOnly(2019, 12, 30), bars[0].From);
        Assert.Equal(DayOfWeek.Monday, bars[0].From.DayOfWeek);
        Assert.All(bars, b => Assert.Equal(6, b.To.DayNumber - b.From.DayNumber));
        Assert.Equal(53, bars.Count);
        Assert.Equal([1, 3], bars.Where(b => b.Count > 0).Select(b => b.Count));
        Assert.Equal("Week of 28 Dec 2020", bars[^1].Label);
    }

    [Fact]
    public void A_span_of_two_years_gets_one_bar_a_month()
    {
        var (unit, bars) = Histogram.Build(new Dictionary<long, int> { [Day(2020, 1, 5)] = 1, [Day(2021, 12, 31)] = 3 }, null, null);

        Assert.Equal("month", unit);
        Assert.Equal(24, bars.Count);
        Assert.Equal(new DateOnly(2021, 12, 31), bars[^1].To);
        Assert.Equal("December 2021", bars[^1].Label);
        Assert.Equal("Dec 2021", bars[^1].Tick);
    }

    [Fact]
    public void A_date_window_sets_the_axis_even_where_it_has_no_match()
    {
        var days = new Dictionary<long, int> { [Day(2021, 3, 22)] = 30 };

        var (unit, bars) = Histogram.Build(days, new DateOnly(2021, 3, 1), new DateOnly(2021, 3, 31));

        Assert.Equal("day", unit);
        Assert.Equal(31, bars.Count);
        Assert.Equal(30, bars.Single(b => b.Count > 0).Count);
        Assert.Equal(new DateOnly(2021, 3, 22), bars.Single(b => b.Count > 0).From);
    }

    [Theory]
    [InlineData("day", 366)]
    [InlineData("week", 53)]
    [InlineData("month", 12)]
    [InlineData("year", 1)]
    public void A_unit_asked_for_is_used_whatever_the_span(string asked, int count)
    {
        var (unit, bars) = Histogram.Build(new Dictionary<long, int> { [Day(2020, 1, 1)] = 1, [Day(2020, 12, 31)] = 2 }, null, null, asked);

        Assert.Equal(asked, unit);
        Assert.Equal(count, bars.Count);
        Assert.Equal(3, bars.Sum(b => b.Count));
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
