using NewsArchive.Search;
using NewsArchive.Web.Search;

namespace NewsArchive.IntegrationTests.Web;

public sealed class SearchLinksTests
{
    private static readonly SearchLinks s_links = new("putin & biden", new DateOnly(2021, 3, 1), null, "Press TV", false, "newest", 3);

    [Fact]
    public void The_address_carries_the_whole_state_escaped()
    {
        Assert.Equal("/?q=putin%20%26%20biden&from=2021-03-01&source=Press%20TV&sort=newest&page=3", s_links.Url);
    }

    [Fact]
    public void Changing_a_filter_goes_back_to_the_first_page()
    {
        Assert.Equal("/?q=putin%20%26%20biden&from=2021-03-01&sort=newest", s_links.WithSource(null));
        Assert.Equal("/?q=putin%20%26%20biden&from=2021-03-05&to=2021-03-05&source=Press%20TV&sort=newest", s_links.WithDates(new DateOnly(2021, 3, 5), new DateOnly(2021, 3, 5)));
        Assert.Equal("/?q=putin%20%26%20biden&source=Press%20TV&undated=true&sort=newest", s_links.OnlyUndated());
    }

    [Fact]
    public void An_empty_state_is_the_home_page()
    {
        Assert.Equal("/", SearchLinks.For(new SearchRequest(SearchQuery.None, null, null, null, false, SearchSort.Newest, 1, 20), null).Url);
    }
}
