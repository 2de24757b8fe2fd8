using NewsArchive.Search;

namespace NewsArchive.UnitTests.Search;

public sealed class QueryParserTests
{
    [Theory]
    [InlineData("navalny", "\"navalny\"")]
    [InlineData("strategic stability", "\"strategic\" AND \"stability\"")]
    [InlineData("\"strategic stability\"", "\"strategic stability\"")]
    [InlineData("Niinisto OR Crimea", "(\"Niinisto\" OR \"Crimea\")")]
    [InlineData("Peskov -Niinisto", "(\"Peskov\") NOT (\"Niinisto\")")]
    [InlineData("sanct*", "\"sanct\" *")]
    [InlineData("a OR b c", "(\"a\" OR \"b\") AND \"c\"")]
    [InlineData("a OR b OR c", "(\"a\" OR \"b\" OR \"c\")")]
    [InlineData("putin -\"video talks\"", "(\"putin\") NOT (\"video talks\")")]
    [InlineData("\"video talks\"*", "\"video talks\" *")]
    public void Contract_syntax_becomes_the_expected_FTS5_expression(string text, string expected)
    {
        Assert.Equal(expected, QueryParser.Parse(text).MatchExpression);
    }

    [Theory]
    [InlineData("NEAR(putin biden)", "\"NEAR(putin\" AND \"biden\"")]
    [InlineData("title:putin", "\"title:putin\"")]
    [InlineData("putin^", "\"putin\"")]
    [InlineData("^ putin", "\"putin\"")]
    [InlineData("AND NOT putin", "\"AND\" AND \"NOT\" AND \"putin\"")]
    [InlineData("or putin", "\"or\" AND \"putin\"")]
    [InlineData("OR putin OR", "\"putin\"")]
    [InlineData("\"unbalanced quote", "\"unbalanced quote\"")]
    [InlineData("say \"it's\"", "\"say\" AND \"it's\"")]
    [InlineData("{a b}: c", "\"a\" AND \"b\" AND \"c\"")]
    public void FTS5_syntax_in_the_text_is_read_as_plain_words_and_always_quoted(string text, string expected)
    {
        Assert.Equal(expected, QueryParser.Parse(text).MatchExpression);
    }

    [Theory]
    [InlineData("-putin")]
    [InlineData("-putin -\"video talks\"")]
    public void A_search_of_only_exclusions_is_unusable_and_says_why(string text)
    {
        var query = QueryParser.Parse(text);

        Assert.True(query.IsUnusable);
        Assert.Contains("exclusions", Assert.Single(query.Notices), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("^^^")]
    [InlineData("\"\"")]
    [InlineData("* - \" ( )")]
    public void Text_without_letters_or_digits_is_unusable_and_says_why(string text)
    {
        var query = QueryParser.Parse(text);

        Assert.Null(query.MatchExpression);
        Assert.Contains("nothing to search for", Assert.Single(query.Notices), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_text_is_no_search_and_no_message(string? text)
    {
        var query = QueryParser.Parse(text);

        Assert.False(query.HasText);
        Assert.Null(query.MatchExpression);
        Assert.Empty(query.Notices);
    }

    [Fact]
    public void A_very_long_search_is_cut_and_the_reader_is_told()
    {
        var text = string.Join(' ', Enumerable.Range(0, 1000).Select(i => "word" + i));

        var query = QueryParser.Parse(text, maxLength: 500);

        Assert.True(query.Text.Length <= 500);
        Assert.Contains(query.Notices, n => n.Contains("first 500 characters", StringComparison.Ordinal));
        Assert.Contains(query.Notices, n => n.Contains($"first {QueryParser.MaxTerms} words", StringComparison.Ordinal));
        Assert.Equal(QueryParser.MaxTerms, query.MatchExpression!.Split(" AND ").Length);
    }

    [Fact]
    public void Quotes_inside_a_term_are_doubled_so_the_term_stays_one_string()
    {
        Assert.Equal("\"a\"\"b\"", new QueryTerm("a\"b", false).ToFts());
    }

    [Fact]
    public void Only_plain_included_words_are_offered_for_did_you_mean()
    {
        var query = QueryParser.Parse("kremlin \"video talks\" sanct* -peskov");

        Assert.Equal(["kremlin"], query.Words.Select(w => w.Text));
    }
}
