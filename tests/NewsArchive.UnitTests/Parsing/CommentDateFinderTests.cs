using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing;

public class CommentDateFinderTests
{
    private static DateOnly? Find(params string[] lines) =>
        CommentDateFinder.Find(lines, [.. lines.Select(l => LineFeatures.Measure(l))], 0);

    [Fact]
    public void The_earliest_timestamp_below_a_comments_heading_is_found()
    {
        var date = Find(SampleText.Paragraph1, "3 thoughts on “Night owls rejoice”", "Ann", "March 3, 2020 at 9:00 am", "Great news.", "Bob", "March 2, 2020 at 8:15 pm", "Agreed.");

        Assert.Equal(new DateOnly(2020, 3, 2), date);
    }

    [Fact]
    public void Dates_without_a_comments_heading_or_inside_comment_text_do_not_count()
    {
        Assert.Null(Find(SampleText.Paragraph1, "Ann", "March 3, 2020 at 9:00 am"));
        Assert.Null(Find(SampleText.Paragraph1, "Comments", "Ann", "I went there on March 3, 2020 and it was already open late, which surprised me."));
    }

    [Theory]
    [InlineData("12 Comments")]
    [InlineData("One thought on “Night owls rejoice”")]
    [InlineData("Leave a Reply")]
    [InlineData("Kommentare")]
    [InlineData("Комментарии")]
    public void Comments_headings_in_several_shapes_and_languages_are_recognised(string line)
    {
        Assert.True(CommentDateFinder.IsCommentsHeading(line));
    }

    [Fact]
    public void A_page_dated_only_by_its_comments_takes_the_first_comment_date()
    {
        var text = string.Join("\n\n", "Night owls rejoice at last", "By Jane Doe", SampleText.Paragraph1, SampleText.Paragraph2, SampleText.Paragraph3,
            "2 Comments", "Ann", "April 9, 2021 at 10:02 pm", "Bob", "April 8, 2021 at 6:40 am");

        var article = new ArticleTextParser().Parse("t.txt", SampleText.Utf8(text)).Article!;

        Assert.Equal(new DateOnly(2021, 4, 8), article.PublishedOn);
        Assert.Equal(DateSource.Text, article.DateSource);
    }

    [Fact]
    public void A_date_near_the_headline_wins_over_comment_dates()
    {
        var text = string.Join("\n\n", "Night owls rejoice at last", "By Jane Doe", "April 1, 2021", SampleText.Paragraph1, SampleText.Paragraph2,
            "2 Comments", "Ann", "April 9, 2021 at 10:02 pm");

        Assert.Equal(new DateOnly(2021, 4, 1), new ArticleTextParser().Parse("t.txt", SampleText.Utf8(text)).Article!.PublishedOn);
    }
}
