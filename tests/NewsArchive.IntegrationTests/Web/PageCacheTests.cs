using System.Net;
using NewsArchive.IntegrationTests.Admin;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.IntegrationTests.Safety;

namespace NewsArchive.IntegrationTests.Web;

/// <summary>
/// Output caching of the public pages: a cached page carries an <c>Age</c> header; an import (here by the CLI,
/// another process) shows on the very next request; signed-in admins neither read nor fill the cache.
/// </summary>
public sealed class PageCacheTests(AdminAppFactory factory) : IClassFixture<AdminAppFactory>
{
    private static async Task<(bool Cached, AngleSharp.Html.Dom.IHtmlDocument Page)> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.Age is not null, await Html.ParseAsync(response));
    }

    [Fact]
    public async Task An_anonymous_page_is_served_from_the_cache_the_second_time()
    {
        var client = factory.CreateClient();

        var (firstCached, first) = await GetAsync(client, "/?q=flood&sort=newest");
        var (secondCached, second) = await GetAsync(client, "/?q=flood&sort=newest");
        var (otherCached, _) = await GetAsync(client, "/?q=flood&sort=oldest");

        Assert.False(firstCached);
        Assert.True(secondCached);
        Assert.False(otherCached);
        Assert.Equal(first.Text("result-count"), second.Text("result-count"));
    }

    [Fact]
    public async Task An_article_page_has_an_etag_and_a_matching_if_none_match_gets_304()
    {
        var client = factory.CreateClient();
        var (_, list) = await GetAsync(client, "/");
        var url = list.QuerySelector("[data-testid='result'] h3 a")!.GetAttribute("href")!;
        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.ETag!.IsWeak);
        Assert.True(first.Headers.CacheControl!.NoCache);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task An_import_by_the_cli_shows_on_the_next_request_not_a_cached_page()
    {
        var client = factory.CreateClient();
        var (_, before) = await GetAsync(client, "/");
        var (_, search) = await GetAsync(client, "/?q=zanzibarite");
        var (cached, _) = await GetAsync(client, "/");
        Assert.True(cached);
        Assert.Equal("No article matches this search.", search.QuerySelector("[data-testid='no-results'] p")!.TextContent.Trim());
        await File.WriteAllTextAsync(Path.Combine(factory.SeedsPath, "zz-new.txt"),
            " date 2026-05-01\nZanzibarite found in the hills\n\nGeologists found zanzibarite, a new mineral, in the hills above the town. It is green and rare.\n");

        using (var cli = new CliProcess("import", factory.SeedsPath, "--db", factory.DatabasePath))
        {
            Assert.Equal(0, await cli.WaitAsync(TimeSpan.FromMinutes(2)));
        }
        var (afterCached, after) = await GetAsync(client, "/");
        var (_, found) = await GetAsync(client, "/?q=zanzibarite");

        Assert.False(afterCached);
        Assert.Equal(Count(before) + 1, Count(after));
        Assert.Equal("1 May 2026", after.Text("result-date"));
        Assert.Equal("1 result", found.Text("result-count"));
    }

    [Fact]
    public async Task A_signed_in_admin_never_gets_a_cached_page_and_never_fills_the_cache()
    {
        var anonymous = factory.CreateClient();
        var admin = factory.CreateClient();
        await admin.SignInAsync(AdminAppFactory.Password);
        await GetAsync(anonymous, "/?q=sanctions");
        var (anonymousCached, _) = await GetAsync(anonymous, "/?q=sanctions");

        var (adminCached, _) = await GetAsync(admin, "/?q=sanctions");
        await GetAsync(admin, "/?q=summit");
        var (adminAgain, _) = await GetAsync(admin, "/?q=summit");
        var (anonymousFirst, _) = await GetAsync(anonymous, "/?q=summit");

        Assert.True(anonymousCached);
        Assert.False(adminCached);
        Assert.False(adminAgain);
        Assert.False(anonymousFirst);
    }

    private static int Count(AngleSharp.Html.Dom.IHtmlDocument page) =>
        int.Parse(page.Text("result-count").Split(' ')[0], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
}
