namespace NewsArchive.BrowserTests;

/// <summary>The browser enforces the Content-Security-Policy: the pages, the admin's progress script included, break none of it.</summary>
public sealed class ContentSecurityPolicyTests(BrowserSession session) : IClassFixture<BrowserSession>, IDisposable
{
    private readonly LiveApp _app = new();

    [Fact]
    public async Task The_pages_break_no_rule_of_the_content_security_policy()
    {
        var page = await session.Browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        var firstArticle = "";

        foreach (var url in new[] { "/", "/?q=the", "/?q=putin&sort=newest", "/admin/signin" })
        {
            var response = await page.GotoAsync(_app.BaseUrl + url);
            Assert.Contains("script-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
            if (url == "/")
            {
                firstArticle = (await page.Locator("[data-testid='result'] a").First.GetAttributeAsync("href"))!;
            }
        }
        await page.GotoAsync(_app.BaseUrl + firstArticle);
        await page.GotoAsync(_app.BaseUrl + firstArticle + "?view=original");

        Assert.Empty(violations);
    }

    public void Dispose() => _app.Dispose();
}
