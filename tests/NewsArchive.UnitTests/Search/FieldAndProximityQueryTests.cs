using NewsArchive.Search;

namespace NewsArchive.UnitTests.Search;

/// <summary>The language's additions: <c>title:</c>, NEAR and NEAR/N, the titles-only switch; user text is still always quoted.</summary>
public sealed class FieldAndProximityQueryTests
{
    [Theory]
    [InlineData("title:putin", "Title : \"putin\"")]
    [InlineData("TITLE:\"strategic stability\"", "Title : \"strategic stability\"")]
    [InlineData("title:sanct* biden", "Title : \"sanct\" * AND \"biden\"")]
    [InlineData("putin NEAR biden", "NEAR(\"putin\" \"biden\", 10)")]
    [InlineData("putin NEAR/3 biden", "NEAR(\"putin\" \"biden\", 3)")]
    [InlineData("putin NEAR/3 biden NEAR/5 summit", "NEAR(\"putin\" \"biden\" \"summit\", 5)")]
    [InlineData("\"video talks\" NEAR/4 biden", "NEAR(\"video talks\" \"biden\", 4)")]
    [InlineData("title:putin NEAR/2 biden", "Title : NEAR(\"putin\" \"biden\", 2)")]
    [InlineData("crimea putin NEAR/2 biden -sanctions", "(\"crimea\" AND NEAR(\"putin\" \"biden\", 2)) NOT (\"sanctions\")")]
    public void Field_and_proximity_become_FTS5_column_filters_and_NEAR_groups(string text, string expected)
    {
        Assert.Equal(expected, QueryParser.Parse(text).MatchExpression);
    }

    [Theory]
    [InlineData("NEAR putin", "\"putin\"")]
    [InlineData("putin NEAR", "\"putin\"")]
    [InlineData("putin near biden", "\"putin\" AND \"near\" AND \"biden\"")]
    [InlineData("putin NEAR/0 biden", "\"putin\" AND \"NEAR/0\" AND \"biden\"")]
    [InlineData("putin NEAR/101 biden", "\"putin\" AND \"NEAR/101\" AND \"biden\"")]
    [InlineData("putin NEAR/٣ biden", "\"putin\" AND \"NEAR/٣\" AND \"biden\"")]
    [InlineData("title:\"a\"\" NEAR(x)", "Title : \"a\" AND \"NEAR(x\"")]
    [InlineData("-title:putin biden", "(\"biden\") NOT (Title : \"putin\")")]
    [InlineData("title: putin", "\"title\" AND \"putin\"")]
    public void Odd_uses_stay_plain_words_and_never_reach_FTS5_unquoted(string text, string expected)
    {
        Assert.Equal(expected, QueryParser.Parse(text).MatchExpression);
    }

    [Fact]
    public void Titles_only_puts_the_whole_search_in_the_title_column()
    {
        Assert.Equal("Title : ((\"putin\") NOT (\"biden\"))", QueryParser.Parse("putin -biden", titlesOnly: true).MatchExpression);
    }

    [Fact]
    public void A_search_cut_to_its_first_words_shows_only_the_words_used()
    {
        var text = string.Join(' ', Enumerable.Range(0, 600).Select(_ => "was"));

        var query = QueryParser.Parse(text, maxLength: 5000);

        Assert.Equal(QueryParser.MaxTerms, query.Text.Split(' ').Length);
        Assert.Contains(query.Notices, n => n.Contains("600 words", StringComparison.Ordinal));
    }
}
