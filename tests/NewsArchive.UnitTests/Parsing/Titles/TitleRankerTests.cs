using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing.Titles;

/// <summary>The learned headline ranker with the shipped model, on the shapes of page it was fitted to tell apart.</summary>
public class TitleRankerTests
{
    private const string Headline = "Library hours extended after campaign by parents";

    private static ParsedArticle Parse(params string[] lines) =>
        new ArticleTextParser().Parse("a.txt", SampleText.Utf8(string.Join('\n', lines))).Article!;

    [Fact]
    public void The_headline_over_the_byline_beats_the_menu_above_it()
    {
        var article = Parse("Home", "News", "Sport", "Weather", "", Headline, "By Jane Doe", "March 3, 2021", "",
            SampleText.Paragraph1, "", SampleText.Paragraph2, "", SampleText.Paragraph3);

        Assert.Equal(Headline, article.Title);
        Assert.False(article.TitleDerived);
    }

    [Fact]
    public void A_page_that_opens_with_its_text_gets_a_derived_title()
    {
        var article = Parse(SampleText.Paragraph1, "", SampleText.Paragraph2, "", SampleText.Paragraph3);

        Assert.True(article.TitleDerived);
        Assert.StartsWith(article.Title.TrimEnd('…'), SampleText.Paragraph1, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_title_with_the_site_after_it_points_at_the_headline_line()
    {
        var article = Parse(Headline + " | The Daily Example", "Home", "Opinion", "", "Most read: Bridge repairs to start next week", "", Headline, "",
            SampleText.Paragraph1, "", SampleText.Paragraph2, "", SampleText.Paragraph3);

        Assert.Equal(Headline, article.Title);
    }
}
