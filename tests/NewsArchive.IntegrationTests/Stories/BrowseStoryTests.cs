using System.Net.Http.Json;
using System.Text.Json;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Stories;

/// <summary>Browsing (no query) is grouped by story as a search is: the seeds' story and three articles of their own, through HTTP.</summary>
public sealed class BrowseStoryTests(BrowseStoryTests.SeedsAndThreeOthers factory) : IClassFixture<BrowseStoryTests.SeedsAndThreeOthers>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Browsing_shows_one_entry_a_story_newest_first()
    {
        var page = await _client.GetDocumentAsync("/");

        Assert.Equal("8 articles in 4 stories", page.Text("result-count"));
        Assert.Equal(["25 March 2021", "23 March 2021", "10 March 2021", "Undated"], Dates(page));
        var results = page.All("result");
        var more = Assert.Single(page.All("story-more"));
        Assert.StartsWith("and 4 more from ", more.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(results[1].QuerySelector("[data-testid=story-more]"));
    }

    [Fact]
    public async Task Oldest_first_a_story_stands_at_its_oldest_dated_member()
    {
        var page = await _client.GetDocumentAsync("/?sort=oldest");

        Assert.Equal(["10 March 2021", "19 March 2021", "25 March 2021", "Undated"], Dates(page));
    }

    [Fact]
    public async Task Collapse_none_lists_every_article()
    {
        var page = await _client.GetDocumentAsync("/?collapse=none");

        Assert.Equal("8 articles", page.Text("result-count"));
        Assert.Equal(8, page.All("result").Count);
        Assert.Empty(page.All("story-line"));
    }

    [Fact]
    public async Task The_more_link_lists_the_story_under_its_entry_without_javascript()
    {
        var page = await _client.GetDocumentAsync("/");
        var expand = page.All("story-more")[0].GetAttribute("href")!;

        var expanded = await _client.GetDocumentAsync(expand);

        Assert.Contains("story=", expand, StringComparison.Ordinal);
        Assert.Equal(4, expanded.All("result").Count);
        Assert.Equal(4, expanded.All("story-member").Count);
        Assert.Equal("true", expanded.All("story-more")[0].GetAttribute("aria-expanded"));
    }

    [Fact]
    public async Task A_date_window_groups_the_story_members_inside_it()
    {
        var page = await _client.GetDocumentAsync("/?from=2021-03-20&to=2021-03-23");

        Assert.Equal("2 articles in 1 story", page.Text("result-count"));
        Assert.Equal(["23 March 2021"], Dates(page));
        // The line tells the whole story's coverage, as a search's does: the window chose only which member stands for it.
        Assert.StartsWith("and 4 more", page.All("story-more")[0].TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_pages_through_stories_when_browsing()
    {
        var first = await _client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=2");
        var second = await _client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=2&page=2");
        var all = await _client.GetFromJsonAsync<JsonElement>("/api/articles?collapse=none&pageSize=20");

        Assert.Equal(8, first.GetProperty("total").GetInt32());
        Assert.Equal(4, first.GetProperty("stories").GetInt32());
        var items = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal([1, 5, 1, 1], items.Select(i => i.GetProperty("storySize").GetInt32()));
        Assert.Equal(4, items.Select(i => i.GetProperty("id").GetInt32()).Distinct().Count());
        Assert.Equal(8, all.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, all.GetProperty("stories").ValueKind);
    }

    private static List<string> Dates(AngleSharp.Dom.IDocument page) =>
        page.All("result").Select(r => r.QuerySelector("[data-testid='result-date']")!.TextContent.Trim()).ToList();

    /// <summary>The seeds (one story of five) and three articles about other things: one newer, one older, one undated.</summary>
    public sealed class SeedsAndThreeOthers : ArchiveAppFactory
    {
        public SeedsAndThreeOthers()
        {
            Write("harvest.txt", " date 2021-03-25 Farmers in the valley began the harvest festival early this year after a warm spring.\n\n"
                + "The festival committee said attendance at the orchards doubled, and local bakers sold out of apple pies by noon on the first day.\n");
            Write("bridge.txt", " date 2021-03-10 Engineers reopened the old railway bridge over the estuary after eighteen months of repairs.\n\n"
                + "Commuters crossing to the harbour district will save twenty minutes, the regional transport authority said in a statement.\n");
            Write("chess.txt", "A twelve-year-old schoolgirl won the national chess championship, beating three grandmasters in the final rounds.\n\n"
                + "Her coach said she trains every evening after homework and studies endgames from century-old books.\n");
        }

        private void Write(string name, string text) => File.WriteAllText(Path.Combine(SeedsPath, name), text);
    }
}
