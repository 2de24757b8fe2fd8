using System.Net;
using System.Text.Json;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Api;

/// <summary>Every error under <c>/api</c> is ProblemDetails JSON, never the HTML error page.</summary>
public sealed class ApiErrorTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    [Theory]
    [InlineData("GET", "/api/articles/99999999999999999999", 404, "No such article")]
    [InlineData("GET", "/api/articles/-1", 404, "No such article")]
    [InlineData("GET", "/api/articles/abc", 404, "No such article")]
    [InlineData("GET", "/api/articles/2147483647", 404, "No such article")]
    [InlineData("GET", "/api/nothing-here", 404, "No such API route")]
    [InlineData("GET", "/api", 404, "No such API route")]
    [InlineData("GET", "/api/articles/1/extra", 404, "No such API route")]
    [InlineData("POST", "/api/articles", 405, "Method not allowed")]
    [InlineData("DELETE", "/api/articles/1", 405, "Method not allowed")]
    [InlineData("TRACE", "/api", 405, "Method not allowed")]
    [InlineData("GET", "/api/articles?from=banana", 400, "The search parameters are not valid.")]
    public async Task An_api_error_answers_problem_details_json(string method, string url, int status, string title)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await client.SendAsync(request);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_page_error_still_answers_the_html_error_page()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
