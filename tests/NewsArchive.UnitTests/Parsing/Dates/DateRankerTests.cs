using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing.Dates;

/// <summary>Dates from the text with the shipped model: precision first, a wrong date is worse than none.</summary>
public class DateRankerTests
{
    private static DateOnly? DateOf(params string[] lines) =>
        new ArticleTextParser().Parse("a.txt", SampleText.Utf8(string.Join('\n', lines))).Article!.PublishedOn;

    [Theory]
    [InlineData("Published 3 March 2021")]
    [InlineData("By Jane Doe | March 3, 2021 8:15 AM")]
    [InlineData("Veröffentlicht am 03.03.2021, 08:15 Uhr")]
    [InlineData("03.03.21 08:15")]
    public void A_date_under_the_headline_is_the_publication_date(string dateLine)
    {
        Assert.Equal(new DateOnly(2021, 3, 3), DateOf("Home", "News", "", "Library hours extended after campaign by parents", dateLine, "",
            SampleText.Paragraph1, "", SampleText.Paragraph2, "", SampleText.Paragraph3, "", "Share"));
    }

    [Fact]
    public void An_event_date_in_a_sentence_of_the_body_is_not_the_publication_date()
    {
        Assert.Null(DateOf("Home", "", "Library hours extended after campaign by parents", "",
            "The council first discussed the longer opening hours of the public library on 12 May 2019, when parents and students came to the meeting.",
            "", SampleText.Paragraph2, "", SampleText.Paragraph3));
    }

    [Fact]
    public void Relative_times_and_copyright_years_give_no_date()
    {
        Assert.Null(DateOf("Home", "", "Library hours extended after campaign by parents", "5 hours ago", "",
            SampleText.Paragraph1, "", SampleText.Paragraph2, "", SampleText.Paragraph3, "", "© 2021 The Daily Example. All rights reserved."));
    }

    [Fact]
    public void The_dates_of_a_list_of_other_stories_below_the_article_are_not_its_date()
    {
        Assert.Null(DateOf("Home", "", "Library hours extended after campaign by parents", "",
            SampleText.Paragraph1, "", SampleText.Paragraph2, "", SampleText.Paragraph3, "", "More stories",
            "Council approves new parking garage plan", "May 15, 2017", "School board elects a new chair", "May 12, 2017", "Bridge repairs to start next week", "May 10, 2017"));
    }

    [Fact]
    public void A_date_after_the_import_day_is_never_taken()
    {
        var text = string.Join('\n', "Library hours extended after campaign by parents", "Published 3 March 2031", "", SampleText.Paragraph1, "", SampleText.Paragraph2);

        var article = new ArticleTextParser().Parse("a.txt", SampleText.Utf8(text), today: new DateOnly(2026, 12, 1)).Article!;

        Assert.Null(article.PublishedOn);
    }
}
