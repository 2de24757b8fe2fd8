using System.Net;
using System.Text.Json;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Search;

public sealed class ApiTests(SyntheticArchiveFactory factory) : IClassFixture<SyntheticArchiveFactory>
{
    private async Task<(HttpStatusCode Status, string? ContentType, JsonElement Json)> GetJsonAsync(string url)
    {
        var client = await factory.ClientAsync();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, json);
    }

    [Fact]
    public async Task Search_returns_total_page_items_and_facets_with_the_page_semantics()
    {
        var (status, _, json) = await GetJsonAsync("/api/articles?q=flood&sort=newest&pageSize=2&facets=true");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, json.GetProperty("total").GetInt32());
        Assert.Equal(1, json.GetProperty("page").GetInt32());
        Assert.Equal(2, json.GetProperty("pageSize").GetInt32());
        var first = json.GetProperty("items")[0];
        Assert.Equal("Markup <b>in</b> a title & more", first.GetProperty("title").GetString());
        Assert.Equal("2021-07-05", first.GetProperty("published").GetString());
        Assert.Equal("Wire <Service>", first.GetProperty("source").GetString());
        Assert.Contains("<mark>flood</mark>", first.GetProperty("snippet").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", first.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("/articles/", first.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.GetProperty("facets").GetProperty("undated").GetInt32());
        Assert.Equal(3, json.GetProperty("facets").GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Facets_are_computed_only_when_asked_for()
    {
        var (_, _, plain) = await GetJsonAsync("/api/articles?q=flood");
        var (_, _, off) = await GetJsonAsync("/api/articles?q=flood&facets=false");
        var (_, _, on) = await GetJsonAsync("/api/articles?facets=1");

        Assert.Equal(5, plain.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("facets").ValueKind);
        Assert.Equal(JsonValueKind.Null, off.GetProperty("facets").ValueKind);
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("rankedAmong").ValueKind);
        var sources = on.GetProperty("facets").GetProperty("sources").EnumerateArray()
            .ToDictionary(s => s.GetProperty("source").GetString()!, s => s.GetProperty("count").GetInt32());
        Assert.Equal(SyntheticArchiveFactory.MinutesCount, sources["Council Gazette"]);
        Assert.Equal(JsonValueKind.Null, on.GetProperty("facets").GetProperty("sourcesAmong").ValueKind);
        Assert.Equal("month", on.GetProperty("facets").GetProperty("histogramUnit").GetString());
    }

    [Fact]
    public async Task Browse_without_a_query_pages_newest_first()
    {
        var (_, _, json) = await GetJsonAsync("/api/articles?page=3");

        Assert.Equal(SyntheticArchiveFactory.ArticleCount, json.GetProperty("total").GetInt32());
        Assert.Equal(SyntheticArchiveFactory.ArticleCount - 40, json.GetProperty("items").GetArrayLength());
        var items = json.GetProperty("items");
        Assert.Equal(JsonValueKind.Null, items[items.GetArrayLength() - 1].GetProperty("published").ValueKind);
    }

    [Theory]
    [InlineData("/api/articles?from=banana", "from")]
    [InlineData("/api/articles?to=2021-02-30", "to")]
    [InlineData("/api/articles?page=-3", "page")]
    [InlineData("/api/articles?sort=sideways", "sort")]
    [InlineData("/api/articles?pageSize=100000", "pageSize")]
    [InlineData("/api/articles?q=-flood", "q")]
    [InlineData("/api/articles?facets=maybe", "facets")]
    public async Task Bad_parameters_get_400_with_problem_details_naming_the_parameter(string url, string field)
    {
        var (status, type, json) = await GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", type);
        Assert.True(json.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task One_article_by_id_and_404_problem_details_for_an_unknown_one()
    {
        var (_, _, list) = await GetJsonAsync("/api/articles?q=harvest");
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt32();

        var (status, _, article) = await GetJsonAsync($"/api/articles/{id}");
        var (missing, type, problem) = await GetJsonAsync("/api/articles/987654");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Harvest festival returns", article.GetProperty("title").GetString());
        Assert.Equal("text", article.GetProperty("dateSource").GetString());
        Assert.Equal("The harvest festival returned with music and food stalls.", article.GetProperty("body").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing);
        Assert.Equal("application/problem+json", type);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }
}
