using System.Net;
using System.Text.Json;
using NewsArchive.IntegrationTests.Hosting;

namespace NewsArchive.IntegrationTests.Web;

/// <summary>
/// Methods the app does not serve get 405 with an Allow header, never 500 and never 404: on pages, article pages,
/// the admin and the API (problem JSON there), over a real socket to the built host (Kestrel, not the test server).
/// </summary>
public sealed class UnservedMethodTests(RealHost host) : IClassFixture<RealHost>
{
    public static TheoryData<string, string> Requests()
    {
        var data = new TheoryData<string, string>();
        string[] methods = ["TRACE", "DELETE", "PUT", "PATCH", "OPTIONS", "PROPFIND", "FROBNICATE", "BREW"];
        string[] paths = ["/", "/?q=flood", "/articles/1", "/articles/1/some-slug?q=x", "/no-such-page", "/admin", "/admin/runs/1", "/admin/signin",
            "/api", "/api/articles", "/api/articles/1", "/api/stories/1", "/api/no-such-route", "/API/Articles?q=a%00b"];
        foreach (var method in methods)
        {
            foreach (var path in paths)
            {
                data.Add(method, path);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task An_unserved_method_gets_405_with_the_methods_that_are_served(string method, string path)
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method is "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {path}: {(int)response.StatusCode} {body}");
        if (path.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(body).RootElement;
            Assert.Equal(405, problem.GetProperty("status").GetInt32());
            Assert.Equal($"{method} is not served by the API, which is read-only: use GET or HEAD.", problem.GetProperty("detail").GetString());
        }
        else
        {
            Assert.Equal("GET, HEAD, POST", string.Join(", ", response.Content.Headers.Allow));
            Assert.Equal($"{method} is not served here: use GET, HEAD or POST.", body);
        }
    }

    [Theory]
    [InlineData("GET", "/", HttpStatusCode.OK)]
    [InlineData("HEAD", "/", HttpStatusCode.OK)]
    [InlineData("GET", "/api/articles?q=flood", HttpStatusCode.OK)]
    [InlineData("HEAD", "/api/articles?q=flood", HttpStatusCode.OK)]
    [InlineData("HEAD", "/api/articles/999999", HttpStatusCode.NotFound)]
    [InlineData("HEAD", "/api/no-such-route", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/articles", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/no-such-route", HttpStatusCode.NotFound)]
    public async Task Served_methods_still_reach_the_app(string method, string path, HttpStatusCode status)
    {
        using var client = host.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task Head_on_the_api_answers_like_its_get_without_a_body()
    {
        using var client = host.CreateClient();
        using var get = await client.GetAsync(new Uri("/api/articles?q=flood", UriKind.Relative));
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/api/articles?q=flood", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
