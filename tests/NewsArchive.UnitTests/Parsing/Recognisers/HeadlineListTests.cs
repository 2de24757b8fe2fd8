using NewsArchive.Parsing;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.UnitTests.Parsing.Recognisers;

/// <summary>Lists of links to other stories above the article: their entries are neither the headline nor the date.</summary>
public class HeadlineListTests
{
    private const string Headline = "Library hours extended after campaign by parents";

    // A headline sharing few words with the body, its byline two lines down: the listed entries below it,
    // full of the body's words and nearer to it, would win if they were not recognised as a list.
    private const string Weak = "Night owls rejoice at the library";
    private const string Standfirst = "Evening opening starts next month.";

    private static ParsedArticle Parse(params string[] lines) =>
        new ArticleTextParser().Parse("t.txt", SampleText.Utf8(string.Join("\n\n", lines))).Article!;

    private static string[] Body => [SampleText.Paragraph1, SampleText.Paragraph2, SampleText.Paragraph3];

    [Fact]
    public void An_entry_after_a_see_also_heading_is_not_the_headline()
    {
        var article = Parse(["Menu", Weak, Standfirst, "By Jane Doe", "See also", "Council votes to extend library opening hours for students", .. Body]);

        Assert.Equal(Weak, article.Title);
    }

    // The learned ranker (production): a list between the byline and the body, a layout it rarely saw in training; the
    // entries sit under the byline ("byline_above"), where a headline is not written.
    [Fact]
    public void The_first_of_three_headlines_in_a_row_is_not_the_headline()
    {
        var article = Parse([
            "Menu", Weak, Standfirst, "By Jane Doe", "Tags", "Council extends library opening hours for parents",
            "Harbour bridge closes for two weeks of repairs", "Tram fares will rise again in the spring", .. Body]);

        Assert.Equal(Weak, article.Title);
    }

    [Fact]
    public void A_headline_right_after_a_list_of_headlines_is_still_the_headline()
    {
        var article = Parse([
            "Harbour bridge closes for two weeks of repairs", "Tram fares will rise again in the spring", "Stadium roof plans go on show at town hall",
            Headline, "By Jane Doe", .. Body]);

        Assert.Equal(Headline, article.Title);
    }

    [Fact]
    public void Dated_entries_of_a_related_list_give_neither_the_headline_nor_the_date()
    {
        var article = Parse([
            Headline, "By Jane Doe", "More stories like this",
            "Council extends library opening hours for students", "May 15, 2017",
            "Library campaign by parents reaches the council", "January 22, 2018",
            "Parents campaign for longer opening hours at the library", "June 18, 2019",
            .. Body, "Published: 4 May 2021"]);

        Assert.Equal(Headline, article.Title);
        Assert.Equal(new DateOnly(2021, 5, 4), article.PublishedOn);
    }

    [Fact]
    public void A_date_under_a_headline_is_a_listed_date_only_with_more_pairs_near_it()
    {
        string[] single = ["Harbour bridge closes for two weeks of repairs", "", "May 15, 2017", "", SampleText.Paragraph1];
        string[] list = ["Harbour bridge closes for two weeks of repairs", "May 15, 2017", "Tram fares will rise again in the spring", "June 1, 2017", "Stadium roof plans go on show at town hall", "July 9, 2017"];

        Assert.False(HeadlineList.IsListedDate(single, [.. single.Select(l => LineFeatures.Measure(l, ParserTuning.Default.Lines))], 2, ParserTuning.Default));
        Assert.True(HeadlineList.IsListedDate(list, [.. list.Select(l => LineFeatures.Measure(l, ParserTuning.Default.Lines))], 3, ParserTuning.Default));
    }
}
