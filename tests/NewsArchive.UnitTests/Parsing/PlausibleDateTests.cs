using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing;

/// <summary>A publication date is never after the import day (+1 for time zones) nor before 1800.</summary>
public class PlausibleDateTests
{
    private static readonly DateOnly s_today = new(2024, 6, 1);

    private static ParsedArticle Parse(string text, DateOnly? today = null)
    {
        var result = new ArticleTextParser().Parse("t.txt", SampleText.Utf8(text), today: today ?? s_today);
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    private static string Dated(string dateLine, string header = "") =>
        string.Join('\n', header + "Home", "", "Library hours extended after campaign by parents", dateLine, "", SampleText.Paragraph1, "", SampleText.Paragraph2);

    [Theory]
    [InlineData("2024-06-02", 2024, 6, 2)]
    [InlineData("2024-06-01", 2024, 6, 1)]
    [InlineData("1850-01-01", 1850, 1, 1)]
    public void A_header_date_up_to_the_day_after_the_import_is_kept(string date, int year, int month, int day)
    {
        var article = Parse(Dated("", $" date {date} 0\n"));

        Assert.Equal(new DateOnly(year, month, day), article.PublishedOn);
        Assert.Equal(DateSource.Header, article.DateSource);
        Assert.Empty(article.Warnings);
    }

    [Theory]
    [InlineData("2024-06-03")]
    [InlineData("2030-08-14")]
    [InlineData("1799-12-31")]
    [InlineData("0001-01-01")]
    public void A_header_date_out_of_range_is_no_date_with_a_warning(string date)
    {
        var article = Parse(Dated("", $" date {date} 0\n"));

        Assert.Null(article.PublishedOn);
        Assert.Equal(DateSource.None, article.DateSource);
        var warning = Assert.Single(article.Warnings);
        Assert.Contains($"header date {date} is outside the plausible range (1800-01-01 to 2024-06-02)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void An_implausible_header_date_gives_way_to_a_plausible_text_date()
    {
        var article = Parse(Dated("By Jane Doe, March 23, 2021", " date 2030-08-14 0\n"));

        Assert.Equal(new DateOnly(2021, 3, 23), article.PublishedOn);
        Assert.Equal(DateSource.Text, article.DateSource);
    }

    [Fact]
    public void A_text_date_after_the_import_day_is_passed_over()
    {
        Assert.Null(Parse(Dated("By Jane Doe, August 14, 2030")).PublishedOn);
        Assert.Equal(new DateOnly(2024, 6, 2), Parse(Dated("By Jane Doe, June 2, 2024")).PublishedOn);
        Assert.Null(Parse(Dated("By Jane Doe, June 3, 2024")).PublishedOn);
    }

    [Fact]
    public void The_same_file_parsed_later_keeps_its_date()
    {
        Assert.Equal(new DateOnly(2030, 8, 14), Parse(Dated("By Jane Doe, August 14, 2030"), new DateOnly(2031, 1, 1)).PublishedOn);
    }

    [Fact]
    public void A_text_date_before_the_floor_is_passed_over_for_a_later_plausible_one()
    {
        var text = string.Join('\n', "Home", "", "Library hours extended after campaign by parents", "Published: August 14, 2030", "", SampleText.Paragraph1, "", SampleText.Paragraph2, "Published: May 1, 2020");

        Assert.Equal(new DateOnly(2020, 5, 1), Parse(text).PublishedOn);
    }

    [Fact]
    public void A_copyright_year_and_comment_dates_in_the_future_give_no_date()
    {
        string[] lines = ["Headline", "Nov 18", "© 2031 Daily Planet"];
        var features = lines.Select(l => LineFeatures.Measure(l)).ToArray();

        Assert.Null(YearlessDateFinder.Find(lines, features, lines.Length, PlausibleDates.Until(s_today)));
        Assert.Equal(new DateOnly(2031, 11, 18), YearlessDateFinder.Find(lines, features, lines.Length, PlausibleDates.Until(new DateOnly(2032, 1, 1))));

        string[] comments = ["3 Comments", "Jane", "August 8, 2030 at 3:17 pm", "Joe", "May 2, 2024 at 1:00 pm"];
        Assert.Equal(new DateOnly(2024, 5, 2), CommentDateFinder.Find(comments, [.. comments.Select(l => LineFeatures.Measure(l))], 0, PlausibleDates.Until(s_today)));
    }

    [Fact]
    public void The_window_of_the_last_day_does_not_overflow()
    {
        Assert.Equal(DateOnly.MaxValue, PlausibleDates.Until(DateOnly.MaxValue).Latest);
        Assert.Equal(DateOnly.MaxValue, PlausibleDates.Until(null).Latest);
    }
}
