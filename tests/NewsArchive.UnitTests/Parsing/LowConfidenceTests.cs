using NewsArchive.Parsing;
using NewsArchive.Search;

namespace NewsArchive.UnitTests.Parsing;

/// <summary>Real text is never refused: where no article region is found, the text is kept and flagged.</summary>
public class LowConfidenceTests
{
    private static ParsedArticle Parse(string text)
    {
        var result = new ArticleTextParser().Parse("t.txt", SampleText.Utf8(text), today: new DateOnly(2024, 1, 1));
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    [Fact]
    public void A_wire_earnings_table_becomes_a_flagged_article()
    {
        var article = Parse(string.Join('\n', " date 1987-03-02 0", "Shr loss 25 cts vs profit 11 cts", "Net loss 446,005 vs profit 185,325", "Sales 2.4 mln vs 2.5 mln", "Reuter"));

        Assert.True(article.LowConfidence);
        Assert.Contains(ArticleTextParser.LowConfidenceWarning, article.Warnings);
        Assert.Contains("Net loss 446,005 vs profit 185,325", article.Paragraphs);
        Assert.Contains("Sales 2.4 mln vs 2.5 mln", article.Body, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(1987, 3, 2), article.PublishedOn);
    }

    [Fact]
    public void A_one_line_brief_is_its_own_title_and_body()
    {
        var article = Parse("Storm closes airport");

        Assert.True(article.LowConfidence);
        Assert.Equal("Storm closes airport", article.Title);
        Assert.Equal(["Storm closes airport"], article.Paragraphs);
    }

    [Fact]
    public void A_page_of_menu_words_keeps_them_all_rather_than_nothing()
    {
        var article = Parse("Home\nNews\nSport");

        Assert.True(article.LowConfidence);
        Assert.NotEmpty(article.Paragraphs);
        Assert.NotEqual("", article.Title);
    }

    [Fact]
    public void Lines_that_are_clearly_furniture_stay_out_of_a_flagged_body()
    {
        var article = Parse(string.Join('\n', "Share", "Privacy Policy", "Shr loss 25 cts vs profit 11 cts", "Net loss 446,005 vs profit 185,325"));

        Assert.True(article.LowConfidence);
        Assert.DoesNotContain("Privacy Policy", article.Paragraphs);
        Assert.Contains("Net loss 446,005 vs profit 185,325", article.Paragraphs);
    }

    [Fact]
    public void A_normal_article_is_not_flagged()
    {
        var article = Parse(SampleText.Article());

        Assert.False(article.LowConfidence);
        Assert.DoesNotContain(ArticleTextParser.LowConfidenceWarning, article.Warnings);
    }

    [Fact]
    public void The_highlighter_markers_cannot_occur_in_article_text()
    {
        var article = Parse(SampleText.Article(headline: $"Library {MarkedText.Open}hours{MarkedText.Close} extended after campaign by parents").Replace("council", $"coun{MarkedText.Close}cil{MarkedText.Open}", StringComparison.Ordinal));

        Assert.DoesNotContain(MarkedText.Open, article.Text);
        Assert.DoesNotContain(MarkedText.Close, article.Text);
        Assert.DoesNotContain(MarkedText.Open, article.Body);
        Assert.DoesNotContain(MarkedText.Close, article.Title);
        Assert.Contains("The city council voted", article.Body, StringComparison.Ordinal);
    }
}
