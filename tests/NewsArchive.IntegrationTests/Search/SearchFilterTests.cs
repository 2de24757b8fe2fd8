using NewsArchive.Search;

namespace NewsArchive.IntegrationTests.Search;

public sealed class SearchFilterTests
{
    private static (SearchRequest Request, List<SearchProblem> Problems) Validate(SearchFilter filter)
    {
        var problems = new List<SearchProblem>();
        return (filter.Validate(new SearchOptions(), problems), problems);
    }

    [Fact]
    public void Relevance_is_the_default_with_a_query_and_newest_without()
    {
        Assert.Equal(SearchSort.Relevance, Validate(new SearchFilter { Q = "flood" }).Request.Sort);
        Assert.Equal(SearchSort.Newest, Validate(new SearchFilter()).Request.Sort);
        Assert.Equal(SearchSort.Newest, Validate(new SearchFilter { Sort = "relevance" }).Request.Sort);
    }

    [Theory]
    [InlineData("OLDEST", SearchSort.Oldest)]
    [InlineData(" newest ", SearchSort.Newest)]
    public void Sort_names_are_read_without_regard_to_case_or_spaces(string sort, SearchSort expected)
    {
        var (request, problems) = Validate(new SearchFilter { Q = "x", Sort = sort });

        Assert.Equal(expected, request.Sort);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("Relevance,Newest")]
    public void Numbers_and_lists_are_not_sort_orders(string sort)
    {
        var (request, problems) = Validate(new SearchFilter { Q = "x", Sort = sort });

        Assert.Equal(SearchSort.Relevance, request.Sort);
        Assert.Equal("sort", Assert.Single(problems).Field);
    }

    [Fact]
    public void Undated_with_dates_keeps_undated_and_says_the_dates_were_ignored()
    {
        var (request, problems) = Validate(new SearchFilter { From = "2021-01-01", Undated = "true" });

        Assert.True(request.UndatedOnly);
        Assert.Null(request.From);
        Assert.Equal("undated", Assert.Single(problems).Field);
    }

    [Fact]
    public void A_page_size_over_the_maximum_is_refused()
    {
        var (request, problems) = Validate(new SearchFilter { PageSize = "101" });

        Assert.Equal(new SearchOptions().PageSize, request.PageSize);
        Assert.Equal("pageSize", Assert.Single(problems).Field);
    }
}
