using System.Text.Json;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Search;

/// <summary>The synthetic archive with tiny windows: relevance ranks the 10 newest matches, sources count the 10 newest.</summary>
public sealed class SmallWindowArchiveFactory : SyntheticArchiveFactory
{
    public const int Window = 10;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Search:RankWindow"] = Window.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Search:FacetWindow"] = Window.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

// "council" matches the 45 minutes (2022-01-02 … 2022-02-15, Council Gazette) and one City Post article of 2020.
public sealed class RankWindowTests(SmallWindowArchiveFactory factory) : IClassFixture<SmallWindowArchiveFactory>
{
    private const int CouncilMatches = SyntheticArchiveFactory.MinutesCount + 1;

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        var client = await factory.ClientAsync();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static List<string> Dates(JsonElement json) =>
        json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("published").GetString() ?? "undated").ToList();

    [Fact]
    public async Task Relevance_over_more_matches_than_the_window_ranks_the_newest_and_says_so()
    {
        var json = await GetJsonAsync("/api/articles?q=council&pageSize=20");

        Assert.Equal(CouncilMatches, json.GetProperty("total").GetInt32());
        Assert.Equal(SmallWindowArchiveFactory.Window, json.GetProperty("rankedAmong").GetInt32());
        // The 10 newest minutes are numbers 36 to 45: 2022-02-06 to 2022-02-15.
        Assert.Equal(SmallWindowArchiveFactory.Window, Dates(json).Count);
        Assert.All(Dates(json), d => Assert.InRange(d, "2022-02-06", "2022-02-15"));
    }

    [Fact]
    public async Task Pages_run_through_the_ranked_window_only()
    {
        var second = await GetJsonAsync("/api/articles?q=council&pageSize=4&page=3");
        var beyond = await GetJsonAsync("/api/articles?q=council&pageSize=4&page=9");

        Assert.Equal(2, Dates(second).Count);
        Assert.Equal(3, beyond.GetProperty("page").GetInt32());
        Assert.Equal(Dates(second), Dates(beyond));
        var all = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            all.AddRange(Dates(await GetJsonAsync($"/api/articles?q=council&pageSize=4&page={page}")));
        }
        Assert.Equal(SmallWindowArchiveFactory.Window, all.Distinct().Count());
    }

    [Fact]
    public async Task The_window_is_taken_inside_the_date_window_and_the_source_filter()
    {
        var dated = await GetJsonAsync("/api/articles?q=council&from=2022-01-01&to=2022-01-20");
        var small = await GetJsonAsync("/api/articles?q=council&from=2022-01-01&to=2022-01-05");
        var bySource = await GetJsonAsync("/api/articles?q=council&source=City%20Post");
        var gazette = await GetJsonAsync("/api/articles?q=council&source=Council%20Gazette&to=2022-02-01");

        Assert.Equal(19, dated.GetProperty("total").GetInt32());
        Assert.Equal(SmallWindowArchiveFactory.Window, dated.GetProperty("rankedAmong").GetInt32());
        Assert.All(Dates(dated), d => Assert.InRange(d, "2022-01-11", "2022-01-20"));
        Assert.Equal(JsonValueKind.Null, small.GetProperty("rankedAmong").ValueKind);
        Assert.Equal(4, Dates(small).Count);
        Assert.Equal(JsonValueKind.Null, bySource.GetProperty("rankedAmong").ValueKind);
        Assert.Equal(["2020-01-15"], Dates(bySource));
        Assert.Equal(31, gazette.GetProperty("total").GetInt32());
        Assert.All(Dates(gazette), d => Assert.InRange(d, "2022-01-23", "2022-02-01"));
    }

    [Fact]
    public async Task Newest_first_is_never_bounded()
    {
        var json = await GetJsonAsync("/api/articles?q=council&sort=oldest&pageSize=1");

        Assert.Equal(JsonValueKind.Null, json.GetProperty("rankedAmong").ValueKind);
        Assert.Equal(["2020-01-15"], Dates(json));
    }

    [Fact]
    public async Task Source_counts_over_many_matches_count_the_newest_and_say_so()
    {
        var search = await GetJsonAsync("/api/articles?q=council&facets=true");
        var archive = await GetJsonAsync("/api/articles?facets=true");

        var facets = search.GetProperty("facets");
        Assert.Equal(SmallWindowArchiveFactory.Window, facets.GetProperty("sourcesAmong").GetInt32());
        Assert.Equal(SmallWindowArchiveFactory.Window, facets.GetProperty("sources")[0].GetProperty("count").GetInt32());
        // Days are keys only, so the histogram stays exact.
        Assert.Equal(CouncilMatches, facets.GetProperty("histogram").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()));
        // The whole archive reads the Source index: exact however large.
        Assert.Equal(JsonValueKind.Null, archive.GetProperty("facets").GetProperty("sourcesAmong").ValueKind);
    }

    [Fact]
    public async Task The_results_page_tells_the_reader_what_was_ranked()
    {
        var client = await factory.ClientAsync();

        var ranked = await client.GetDocumentAsync("/?q=council");
        var newest = await client.GetDocumentAsync("/?q=council&sort=newest");

        Assert.Equal("46 results", ranked.Text("result-count"));
        Assert.Equal("Ranked among the 10 newest of 46 matches; narrow the dates to rank older ones, or sort by date.",
            string.Join(' ', ranked.Text("ranking-note").Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("Counted among the 10 newest matches.", ranked.Text("sources-note"));
        Assert.Empty(newest.All("ranking-note"));
        // Ten ranked results fit on one page: no pager towards the 36 older matches.
        Assert.Null(ranked.QuerySelector("nav.pager"));
    }
}
