using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Search;
using Xunit.Abstractions;

namespace NewsArchive.IntegrationTests.Search;

/// <summary>No request can take minutes: an article of 80,000 matches, hostile query strings and methods.</summary>
public sealed class BoundedRequestTests(BoundedRequestTests.ManyMatchArchive factory, ITestOutputHelper output) : IClassFixture<BoundedRequestTests.ManyMatchArchive>
{
    // Generous for a shared 2-core machine; the unbounded snippet took 53 s and the article page 728 s.
    private static readonly TimeSpan s_fast = TimeSpan.FromSeconds(3);

    /// <summary>The synthetic archive plus one long article that repeats a word 80,000 times (and a few that mention it once).</summary>
    public sealed class ManyMatchArchive : SyntheticArchiveFactory
    {
        public const int Occurrences = 80_000;

        private readonly Lazy<Task> _added;

        public ManyMatchArchive() => _added = new Lazy<Task>(() => this.AddArticlesAsync(
            new ArticleBuilder("The zebra census", string.Join("\n\n", Enumerable.Range(0, Occurrences / 20).Select(i => string.Concat(Enumerable.Repeat("zebra ", 20)).Trim() + " counted."))).On("2021-08-01"),
            new ArticleBuilder("Zoo opens", "The zoo opened a zebra enclosure on Sunday.").On("2021-08-02"),
            new ArticleBuilder("Zoo closes", "The zoo closed for the winter, the zebra stayed.").On("2021-08-03")));

        public async Task<HttpClient> ManyMatchClientAsync()
        {
            var client = await ClientAsync();
            await _added.Value;
            return client;
        }
    }

    private async Task<(HttpResponseMessage Response, string Body, TimeSpan Took)> TimedGetAsync(string url)
    {
        var client = await factory.ManyMatchClientAsync();
        var watch = Stopwatch.StartNew();
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        watch.Stop();
        output.WriteLine($"GET {url}: {(int)response.StatusCode} in {watch.ElapsedMilliseconds} ms, {body.Length:N0} chars");
        return (response, body, watch.Elapsed);
    }

    [Theory]
    [InlineData("/?q=zebra")]
    [InlineData("/?q=zebra&sort=newest")]
    [InlineData("/?q=zebr*")]
    [InlineData("/?q=%22zebra+zebra%22")]
    [InlineData("/api/articles?q=zebra")]
    public async Task A_search_hitting_an_article_of_80000_matches_answers_within_seconds(string url)
    {
        // Warm-up on another address (the first request compiles the pages; the same address again would be a cached page).
        await TimedGetAsync(url.StartsWith("/api", StringComparison.Ordinal) ? "/api/articles?q=zoo" : "/?q=zoo");
        var (response, body, took) = await TimedGetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(took < s_fast, $"{url} took {took.TotalSeconds:F1} s");
        Assert.Contains("zebra", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_search_page_still_marks_the_long_article_s_snippet_and_the_short_ones()
    {
        var (_, body, _) = await TimedGetAsync("/?q=zebra");
        var page = await Html.ParseAsync(body);

        var snippets = page.All("result").ToDictionary(r => r.QuerySelector("h3 a")!.TextContent.Trim(), r => r.QuerySelectorAll("mark").Length);
        Assert.True(snippets["The zebra census"] > 0);
        Assert.True(snippets["Zoo opens"] > 0);
    }

    [Fact]
    public async Task The_article_page_of_80000_matches_highlighted_answers_within_seconds_with_a_bounded_number_of_marks()
    {
        var (_, search, _) = await TimedGetAsync("/?q=census");
        var link = (await Html.ParseAsync(search)).All("result").Select(r => r.QuerySelector("h3 a")!).Single(a => a.TextContent.Trim() == "The zebra census").GetAttribute("href")!;
        var zebraLink = link.Split('?')[0] + "?q=zebra";
        await TimedGetAsync(link.Split('?')[0] + "?q=counted");

        var (response, body, took) = await TimedGetAsync(zebraLink);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(took < s_fast, $"the article page took {took.TotalSeconds:F1} s");
        var page = await Html.ParseAsync(body);
        var marks = page.QuerySelectorAll("[data-testid='article-body'] mark").Length;
        Assert.InRange(marks, 1_000, BoundedHighlight.MaxMarkedChars / "zebra ".Length + 1);
        Assert.Equal("zebra", page.QuerySelector("[data-testid='article-title'] mark")!.TextContent.ToLowerInvariant());
        Assert.Contains("zebra counted.", page.Text("article-body"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/?q=a%00b")]
    [InlineData("/?q=%00")]
    [InlineData("/?q=flood%01%7F%1B")]
    [InlineData("/?source=City%00Post")]
    [InlineData("/?from=2021%00-01-01")]
    [InlineData("/?page=1%00")]
    [InlineData("/api/articles?q=a%00b")]
    [InlineData("/api/articles?q=flood&sort=new%00est")]
    public async Task Control_characters_in_parameters_are_a_message_never_an_error(string url)
    {
        var (response, body, _) = await TimedGetAsync(url);

        // Pages show the message and the results; the API answers its validation problem (400) with the message.
        Assert.Equal(url.StartsWith("/api", StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("control characters", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Control_characters_in_the_article_page_search_are_read_as_spaces()
    {
        var (_, search, _) = await TimedGetAsync("/?q=flood");
        var link = (await Html.ParseAsync(search)).All("result").Select(r => r.QuerySelector("h3 a")!.GetAttribute("href")!).First();

        var (response, body, _) = await TimedGetAsync(link.Split('?')[0] + "?q=%00flood");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<mark>", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/articles/1/x")]
    [InlineData("PUT", "/")]
    [InlineData("DELETE", "/?q=x")]
    [InlineData("PATCH", "/admin")]
    [InlineData("OPTIONS", "/")]
    [InlineData("PROPFIND", "/")]
    [InlineData("FROBNICATE", "/?q=flood")]
    public async Task Methods_the_app_does_not_serve_get_405_never_500(string method, string url)
    {
        var client = await factory.ManyMatchClientAsync();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD, POST", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task An_aborted_statement_is_interrupted_at_once()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // Minutes of work in one step: a recursive count to ten billion.
        command.CommandText = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000000000) SELECT count(*) FROM n";
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SqliteInterrupt.RunAsync(connection, () => command.ExecuteScalarAsync(cts.Token), cts.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed.TotalSeconds:F1} s");
    }
}
