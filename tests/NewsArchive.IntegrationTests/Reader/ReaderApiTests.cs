using System.Net.Http.Json;
using System.Text.Json;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Reader;

/// <summary>The JSON API speaks the same language as the page: titles only, NEAR, any-case sources, the facets' extra counts, the outlet's address.</summary>
public sealed class ReaderApiTests(ReaderArchiveFactory factory) : IClassFixture<ReaderArchiveFactory>
{
    private async Task<JsonElement> GetAsync(string url) =>
        await (await factory.ClientAsync()).GetFromJsonAsync<JsonElement>(new Uri(url, UriKind.Relative));

    [Theory]
    [InlineData("/api/articles?q=harbour&titles=true", 31)]
    [InlineData("/api/articles?q=title:harbour", 31)]
    [InlineData("/api/articles?q=minister%20NEAR/3%20farmers", 1)]
    [InlineData("/api/articles?q=harbour&source=press%20tv", 1)]
    public async Task The_api_searches_with_the_pages_language(string url, int total)
    {
        Assert.Equal(total, (await GetAsync(url)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Api_facets_say_there_are_more_sources_and_how_many_matches_name_none()
    {
        var facets = (await GetAsync("/api/articles?q=harbour&facets=true")).GetProperty("facets");

        Assert.True(facets.GetProperty("moreSources").GetBoolean());
        Assert.Equal(4, facets.GetProperty("noSource").GetInt32());
        Assert.Equal(20, facets.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task An_api_article_gives_the_outlets_address_when_the_file_names_one()
    {
        var hit = (await GetAsync("/api/articles?q=title:%22harbour%20reopens%22")).GetProperty("items")[0];

        var article = await GetAsync("/api/articles/" + hit.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ReaderArchiveFactory.PermalinkAddress, article.GetProperty("originalUrl").GetString());
    }
}
