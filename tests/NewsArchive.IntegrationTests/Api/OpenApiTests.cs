using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Api;

public sealed class OpenApiTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    private async Task<JsonElement> DocumentAsync()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task The_document_lists_every_api_route_the_app_maps()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");
        var described = paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}")).ToHashSet();

        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription != true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/').Replace(":int", "", StringComparison.Ordinal).TrimEnd('/')}"))
            .ToList();

        Assert.Equal(["GET /api/articles", "GET /api/articles/{id}", "GET /api/stories/{id}"], mapped.Order(StringComparer.Ordinal));
        Assert.All(mapped, route => Assert.Contains(route, described));
        // The two routes left out of the document only answer ProblemDetails 404s (tested in ApiErrorTests).
        var hidden = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription == true)
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api", StringComparison.Ordinal))
            .Select(e => e.RoutePattern.RawText!.TrimStart('/')).Order(StringComparer.Ordinal);
        Assert.Equal(["api/articles/{id}", "api/{**path}"], hidden);
    }

    [Fact]
    public async Task The_search_operation_describes_its_query_parameters_and_its_answers()
    {
        var search = (await DocumentAsync()).GetProperty("paths").GetProperty("/api/articles").GetProperty("get");

        var parameters = search.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal(["collapse", "facets", "from", "page", "pageSize", "q", "sort", "source", "story", "titles", "to", "undated"], parameters.Keys.Order(StringComparer.Ordinal));
        Assert.All(parameters.Values, p =>
        {
            Assert.Equal("query", p.GetProperty("in").GetString());
            Assert.False(string.IsNullOrWhiteSpace(p.GetProperty("description").GetString()));
        });
        var responses = search.GetProperty("responses");
        Assert.Contains("ApiSearchResponse", responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString(), StringComparison.Ordinal);
        Assert.True(responses.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    [Fact]
    public async Task The_article_operation_answers_an_article_or_a_problem()
    {
        var document = await DocumentAsync();
        var get = document.GetProperty("paths").GetProperty("/api/articles/{id}").GetProperty("get");

        var id = Assert.Single(get.GetProperty("parameters").EnumerateArray());
        Assert.Equal("path", id.GetProperty("in").GetString());
        Assert.Equal("integer", id.GetProperty("schema").GetProperty("type").GetString());
        var responses = get.GetProperty("responses");
        Assert.Contains("ApiArticle", responses.GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString(), StringComparison.Ordinal);
        Assert.True(responses.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.TryGetProperty("ProblemDetails", out _));
        Assert.True(schemas.GetProperty("ApiArticle").GetProperty("properties").TryGetProperty("dateSource", out _));
    }
}
