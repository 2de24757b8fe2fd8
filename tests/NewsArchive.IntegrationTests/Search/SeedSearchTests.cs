using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Search;

/// <summary>The expectations on the five seed articles (they rely on the real parser's dates and boilerplate removal).</summary>
public sealed class SeedSearchTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("Navalny", 3)]
    [InlineData("\"strategic stability\"", 2)]
    [InlineData("sanction", 3)]
    [InlineData("Peskov -Niinisto", 3)]
    [InlineData("Niinisto OR Crimea", 2)]
    [InlineData("sanct*", 3)]
    public async Task The_query_language_finds_the_expected_seed_articles(string query, int expected)
    {
        var page = await _client.GetDocumentAsync("/?collapse=none&q=" + Uri.EscapeDataString(query));

        Assert.Equal($"{expected} results", page.Text("result-count"));
        Assert.Equal(expected, page.All("result").Count);
    }

    [Theory]
    [InlineData("Nigerien")]
    [InlineData("Dublin")]
    [InlineData("Roku")]
    public async Task Words_only_in_removed_boilerplate_find_nothing(string word)
    {
        var page = await _client.GetDocumentAsync("/?q=" + word);

        Assert.Equal("0 results", page.Text("result-count"));
        Assert.Empty(page.All("result"));
    }

    [Fact]
    public async Task A_date_window_from_the_20th_to_the_23rd_of_March_2021_holds_two_articles()
    {
        var page = await _client.GetDocumentAsync("/?from=2021-03-20&to=2021-03-23&collapse=none");

        Assert.Equal("2 articles", page.Text("result-count"));
        Assert.Equal(["23 March 2021", "22 March 2021"], page.All("result-date").Select(d => d.TextContent.Trim()));
    }

    [Fact]
    public async Task The_histogram_of_a_seed_search_has_a_bar_for_each_dated_day()
    {
        var page = await _client.GetDocumentAsync("/?q=Putin");

        Assert.Equal(["19 Mar 2021: 1 match", "22 Mar 2021: 1 match", "23 Mar 2021: 1 match"], page.All("histogram-bar").Select(b => b.GetAttribute("aria-label")));
        Assert.Equal("2", page.Text("undated-count"));
    }

    [Fact]
    public async Task The_original_text_of_a_seed_shows_its_related_stories_as_removed()
    {
        var home = await _client.GetDocumentAsync("/?q=" + Uri.EscapeDataString("\"Video Talks with Biden\""));
        var link = home.All("result")[0].QuerySelector("a")!.GetAttribute("href")!.Split('?')[0];

        var original = await _client.GetDocumentAsync(link + "?view=original");

        Assert.Contains(original.All("removed-line"), l => l.TextContent.Contains("Nigerien", StringComparison.Ordinal));
        Assert.EndsWith(", given with the file", original.Text("date-source"), StringComparison.Ordinal);
    }
}
