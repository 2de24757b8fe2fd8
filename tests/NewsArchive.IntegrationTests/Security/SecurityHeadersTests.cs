using NewsArchive.IntegrationTests.Admin;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Security;

public sealed class SecurityHeadersTests(AdminAppFactory factory) : IClassFixture<AdminAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles/1")]
    [InlineData("/admin/signin")]
    [InlineData("/api/articles")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task Every_answer_carries_the_security_headers(string url)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    [Fact]
    public async Task Over_https_the_answer_carries_hsts()
    {
        using var client = factory.CreateClient(new() { BaseAddress = new Uri("https://archive.test") });

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.StartsWith("max-age=31536000", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_have_no_inline_script_or_style_for_the_policy_to_block()
    {
        using var client = factory.CreateClient();
        await client.SignInAsync(AdminAppFactory.Password);

        foreach (var url in new[] { "/", "/?q=putin", "/?q=the", "/articles/1", "/admin", "/admin/runs/1", "/admin/missing", "/admin/preview" })
        {
            var page = await client.GetDocumentAsync(url);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"inline script on {url}"));
            Assert.Empty(page.QuerySelectorAll("style"));
            Assert.Empty(page.QuerySelectorAll("[style]"));
            Assert.All(page.All.SelectMany(e => e.Attributes), a => Assert.False(a.Name.StartsWith("on", StringComparison.Ordinal), $"{a.Name} on {url}"));
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing from {response.RequestMessage?.RequestUri}");
}
