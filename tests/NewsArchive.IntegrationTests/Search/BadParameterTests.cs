using System.Net;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Search;

public sealed class BadParameterTests(SyntheticArchiveFactory factory) : IClassFixture<SyntheticArchiveFactory>
{
    [Theory]
    [InlineData("/?from=banana", "is not a date")]
    [InlineData("/?to=2021-02-30", "is not a date")]
    [InlineData("/?page=-3", "is not a valid page")]
    [InlineData("/?sort=sideways", "is not a sort order")]
    [InlineData("/?undated=perhaps", "is not true or false")]
    [InlineData("/?q=-flood", "cannot be only exclusions")]
    [InlineData("/?q=%5E%5E", "nothing to search for")]
    [InlineData("/?from=2021-01-01&to=2020-01-01", "were swapped")]
    public async Task A_bad_parameter_gives_the_page_with_a_clear_message(string url, string expected)
    {
        var client = await factory.ClientAsync();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.All("message"), m => m.TextContent.Contains(expected, StringComparison.Ordinal));
        Assert.NotEmpty(page.Text("result-count"));
    }

    [Theory]
    [InlineData("NEAR(flood valley)")]
    [InlineData("flood^")]
    [InlineData("title:flood")]
    [InlineData("\"flood valley")]
    [InlineData("flood AND NOT OR")]
    public async Task FTS5_syntax_is_searched_as_words_never_an_error(string query)
    {
        var client = await factory.ClientAsync();
        using var response = await client.GetAsync(new Uri("/?q=" + Uri.EscapeDataString(query), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"^\d+ results?$", (await Html.ParseAsync(response)).Text("result-count"));
    }

    [Fact]
    public async Task A_five_thousand_character_search_is_cut_and_the_reader_told()
    {
        var client = await factory.ClientAsync();
        var query = string.Concat(Enumerable.Repeat("flood ", 834))[..5000];

        var page = await client.GetDocumentAsync("/?q=" + Uri.EscapeDataString(query));

        Assert.Contains(page.All("message"), m => m.TextContent.Contains("only its first", StringComparison.Ordinal));
        Assert.Equal("5 results", page.Text("result-count"));
    }
}
