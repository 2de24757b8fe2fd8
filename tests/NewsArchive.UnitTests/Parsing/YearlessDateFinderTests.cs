using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing;

public class YearlessDateFinderTests
{
    private static DateOnly? Find(params string[] lines) =>
        YearlessDateFinder.Find(lines, lines.Select(l => LineFeatures.Measure(l)).ToArray(), lines.Length);

    [Fact]
    public void A_month_and_day_by_the_headline_take_the_year_of_the_copyright_notice()
    {
        Assert.Equal(new DateOnly(2019, 11, 19), Find("Headline", "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM", "© 2019 Example Media. All rights reserved."));
    }

    [Fact]
    public void The_latest_year_of_a_copyright_range_is_used()
    {
        Assert.Equal(2019, YearlessDateFinder.CopyrightYear(["Copyright © 2005-2019 Example"]));
    }

    [Fact]
    public void Without_a_copyright_year_there_is_no_date()
    {
        Assert.Null(Find("Headline", "Nov 18"));
    }

    [Fact]
    public void Without_a_month_and_day_there_is_no_date()
    {
        Assert.Null(Find("Headline", "Posted yesterday", "© 2019 Example"));
    }
}
