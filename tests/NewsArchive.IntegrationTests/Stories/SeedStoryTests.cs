using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Stories;

/// <summary>The five seeds are one story (Putin's offer of a public call with Biden) told by five outlets: through HTTP, as a reader meets it.</summary>
public sealed class SeedStoryTests(ArchiveAppFactory factory) : IClassFixture<ArchiveAppFactory>
{
    private static readonly string[] s_namedOutlets = ["Press TV", "Islam Times"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Searching_putin_shows_one_story_of_five_outlets()
    {
        var page = await _client.GetDocumentAsync("/?q=putin");

        Assert.Equal("5 articles in 1 story", page.Text("result-count"));
        var result = Assert.Single(page.All("result"));
        var more = result.QuerySelector("[data-testid=story-more]")!.TextContent.Trim();
        Assert.StartsWith("and 4 more from ", more, StringComparison.Ordinal);
        var named = s_namedOutlets.Count(more.Contains);
        var source = result.QuerySelector("[data-testid=result-source]")?.TextContent.Trim();
        // The four others: every named outlet but the shown one's, and the rest unnamed.
        Assert.Equal(source is null ? 2 : 1, named);
        Assert.EndsWith($"and {4 - named} unnamed outlets", more, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_more_link_lists_the_other_four_without_javascript()
    {
        var page = await _client.GetDocumentAsync("/?q=putin");
        var expand = page.All("story-more")[0].GetAttribute("href")!;

        var expanded = await _client.GetDocumentAsync(expand);

        Assert.Contains("story=", expand, StringComparison.Ordinal);
        Assert.Equal(4, expanded.All("story-member").Count);
        Assert.Equal("true", expanded.All("story-more")[0].GetAttribute("aria-expanded"));
    }

    [Fact]
    public async Task Every_seed_page_lists_the_other_four_and_marks_the_first_report()
    {
        var api = await _client.GetFromJsonAsync<JsonElement>("/api/articles?q=putin&collapse=none");
        var urls = api.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("url").GetString()!).ToList();
        Assert.Equal(5, urls.Count);

        foreach (var url in urls)
        {
            var page = await _client.GetDocumentAsync(url);
            var listed = page.All("coverage-item").Count + page.All("copy-item").Count;
            Assert.Equal(4, listed);
            Assert.Equal(1, page.All("first-report").Count + page.All("this-first-report").Count);
        }
    }

    [Fact]
    public async Task The_api_carries_story_ids_and_sizes_and_returns_the_story()
    {
        var grouped = await _client.GetFromJsonAsync<JsonElement>("/api/articles?q=putin");
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/articles?q=putin&collapse=none");
        var item = Assert.Single(grouped.GetProperty("items").EnumerateArray());
        var storyId = item.GetProperty("storyId").GetInt32();

        var story = await _client.GetFromJsonAsync<JsonElement>($"/api/stories/{storyId}");

        Assert.Equal(5, item.GetProperty("storySize").GetInt32());
        Assert.Equal(1, grouped.GetProperty("stories").GetInt32());
        Assert.Equal(5, all.GetProperty("items").GetArrayLength());
        Assert.All(all.GetProperty("items").EnumerateArray(), i => Assert.Equal(storyId, i.GetProperty("storyId").GetInt32()));
        Assert.Equal(5, story.GetProperty("members").GetArrayLength());
        Assert.Equal(["Islam Times", "Press TV"], story.GetProperty("outlets").EnumerateArray().Select(o => o.GetString()).Order());
        Assert.Equal("2021-03-19", story.GetProperty("firstPublished").GetString());
        Assert.Equal("2021-03-23", story.GetProperty("lastPublished").GetString());
        Assert.All(story.GetProperty("members").EnumerateArray(), m => Assert.StartsWith("/articles/", m.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_story_page_shows_the_members_by_date_a_timeline_and_what_each_adds()
    {
        var grouped = await _client.GetFromJsonAsync<JsonElement>("/api/articles?q=putin");
        var storyId = grouped.GetProperty("items")[0].GetProperty("storyId").GetInt32();

        var page = await _client.GetDocumentAsync($"/stories/{storyId}");

        Assert.Equal(5, page.All("story-member").Count);
        Assert.Single(page.All("first-report"));
        Assert.Equal(4, page.All("timeline-day").Count);
        Assert.Equal(5, page.All("adds-first").Count);
        Assert.NotEmpty(page.All("first-sentence"));
    }

    [Theory]
    [InlineData("/api/stories/999999", HttpStatusCode.NotFound)]
    [InlineData("/stories/999999", HttpStatusCode.NotFound)]
    [InlineData("/api/articles?q=putin&collapse=banana", HttpStatusCode.BadRequest)]
    [InlineData("/?q=putin&collapse=banana&story=-3", HttpStatusCode.OK)]
    public async Task Bad_story_parameters_get_a_clear_answer(string url, HttpStatusCode expected)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }
}
