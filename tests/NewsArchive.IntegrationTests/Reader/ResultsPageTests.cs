using AngleSharp.Dom;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Reader;

/// <summary>The results page as a reader meets it: layout order, sources, ordering, paging, titles, the form.</summary>
public sealed class ResultsPageTests(ReaderArchiveFactory factory) : IClassFixture<ReaderArchiveFactory>
{
    private const int HarbourTotal = ReaderArchiveFactory.HarbourDated + ReaderArchiveFactory.HarbourUndated;

    private async Task<IDocument> GetAsync(string url) => await (await factory.ClientAsync()).GetDocumentAsync(url);

    private static List<string> Dates(IDocument page) => page.All("result-date").Select(d => d.TextContent.Trim()).ToList();

    [Fact]
    public async Task Results_come_before_the_facets_and_the_filters_sit_in_a_closed_disclosure()
    {
        var page = await GetAsync("/?q=harbour");

        var results = page.QuerySelector(".results-column")!;
        var refine = page.QuerySelector("aside.refine")!;
        Assert.True(results.CompareDocumentPosition(refine).HasFlag(DocumentPositions.Following));
        var filters = page.QuerySelector("[data-testid='filters']")!;
        Assert.Equal("details", filters.LocalName);
        Assert.False(filters.HasAttribute("open"));
        Assert.True((await GetAsync("/?q=harbour&from=2021")).QuerySelector("[data-testid='filters']")!.HasAttribute("open"));
    }

    [Fact]
    public async Task More_sources_than_the_list_shows_lead_to_a_sources_page_with_every_source_and_its_count()
    {
        var page = await GetAsync("/?q=harbour");

        Assert.Equal(20, page.All("source-facet").Count);
        Assert.Equal((1 + ReaderArchiveFactory.HarbourUndated).ToString(System.Globalization.CultureInfo.InvariantCulture), page.Text("unnamed-source-count"));
        var sources = await GetAsync(page.QuerySelector("[data-testid='more-sources']")!.GetAttribute("href")!);
        var rows = sources.All("source-row");
        Assert.Equal(ReaderArchiveFactory.OutletCount + 1, rows.Count);
        Assert.Equal(HarbourTotal - 1 - ReaderArchiveFactory.HarbourUndated,
            rows.Sum(r => int.Parse(r.QuerySelector("[data-testid='source-row-count']")!.TextContent, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("4 articles name no source.", sources.Text("sources-unnamed"));
        var pressTv = rows.Single(r => r.TextContent.Contains("Press TV", StringComparison.Ordinal)).QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal("1 result", (await GetAsync(pressTv)).Text("result-count"));
        Assert.Single((await GetAsync("/sources?name=press")).All("source-row"));
    }

    [Theory]
    [InlineData("press%20tv")]
    [InlineData("PRESS%20TV")]
    [InlineData("Press%20TV")]
    public async Task A_source_matches_whatever_its_case_and_the_page_names_it_as_stored(string source)
    {
        var page = await GetAsync($"/?q=harbour&source={source}");

        Assert.Equal("1 result", page.Text("result-count"));
        Assert.Equal("Press TV", page.All("result-source").Single().TextContent.Trim());
        Assert.Contains(page.All("filter-chip"), c => c.TextContent.Contains("Source: Press TV", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Undated_articles_come_last_oldest_first_too_across_pages()
    {
        var first = await GetAsync("/?q=harbour&sort=oldest&pageSize=10");
        var last = await GetAsync($"/?q=harbour&sort=oldest&pageSize=10&page=4");
        var newestLast = await GetAsync($"/?q=harbour&sort=newest&pageSize=10&page=4");

        Assert.DoesNotContain("Undated", Dates(first));
        Assert.Equal("7 January 2021", Dates(first)[0]);
        Assert.Equal(["Undated", "Undated"], Dates(last).TakeLast(2));
        Assert.Equal(Enumerable.Repeat("Undated", HarbourTotal - 30), Dates(last));
        Assert.Equal(Enumerable.Repeat("Undated", HarbourTotal - 30), Dates(newestLast));
        var third = Dates(await GetAsync($"/?q=harbour&sort=oldest&pageSize=10&page=3"));
        Assert.Equal(10, third.Count);
        Assert.Equal(ReaderArchiveFactory.HarbourDated - 20, third.Count(d => d != "Undated"));
    }

    [Fact]
    public async Task The_pager_numbers_pages_with_first_and_last_at_top_and_bottom_and_a_jump_form_keeps_the_search()
    {
        var page = await GetAsync("/?q=harbour&pageSize=2&page=5&sort=newest");

        var pagers = page.All("pager");
        Assert.Equal(2, pagers.Count);
        var numbers = pagers[0].QuerySelectorAll("li").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["← Previous", "First page, 1", "…", "Page 3", "Page 4", "Page 5", "Page 6", "Page 7", "…", "Last page, 16", "Next →"], numbers);
        Assert.Equal("page", pagers[0].QuerySelector("[aria-current]")!.GetAttribute("aria-current"));
        var last = pagers[1].QuerySelectorAll("a").Single(a => a.TextContent.Contains("Last page", StringComparison.Ordinal)).GetAttribute("href");
        Assert.Equal("/?q=harbour&sort=newest&pageSize=2&page=16", last);
        var jump = page.Form("[data-testid='jump-form']");
        var jumped = await Html.ParseAsync(await (await factory.ClientAsync()).SubmitAsync(jump, new Dictionary<string, string> { ["page"] = "9" }));
        Assert.Equal("9", jumped.QuerySelector("[data-testid='pager-current']")!.TextContent.Replace("Page ", "", StringComparison.Ordinal).Trim());
        Assert.Equal(2, jumped.All("result").Count);
    }

    [Fact]
    public async Task The_window_title_names_the_search_its_filters_and_the_page()
    {
        var page = await GetAsync("/?q=harbour&source=outlet%2004&from=2021-01&pageSize=1&page=2");

        Assert.Equal("“harbour” · Outlet 04 · from 1 January 2021 · page 2 of 2 · NewsArchive", page.Title);
        Assert.StartsWith("Browse · page 1 of ", (await GetAsync("/")).Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_has_one_submit_button_chips_remove_each_filter_and_sorting_is_a_link()
    {
        var page = await GetAsync("/?q=harbour&source=Outlet%2004&from=2021-01-01&to=2021-12-31&titles=true");

        Assert.Single(page.Form("#search-form").QuerySelectorAll("button, input[type=submit]"));
        var chips = page.All("filter-chip").ToDictionary(c => c.QuerySelector("span")!.TextContent, c => c.GetAttribute("href")!);
        Assert.Equal(["Titles only", "Source: Outlet 04", "Dates: 1 January 2021 to 31 December 2021"], chips.Keys);
        Assert.Equal("/?q=harbour&titles=true&from=2021-01-01&to=2021-12-31", chips["Source: Outlet 04"]);
        Assert.Equal("/?q=harbour", page.QuerySelector("[data-testid='clear-filters']")!.GetAttribute("href"));
        Assert.Equal("/?q=harbour&titles=true&from=2021-01-01&to=2021-12-31&source=Outlet%2004&sort=oldest", page.QuerySelector("[data-testid='sort-oldest']")!.GetAttribute("href"));
        var sorted = await GetAsync("/?q=harbour");
        Assert.Equal("/?q=harbour&sort=oldest", sorted.QuerySelector("[data-testid='sort-oldest']")!.GetAttribute("href"));
        Assert.Equal("true", sorted.QuerySelector("[data-testid='sort-relevance']")!.GetAttribute("aria-current"));
    }

    [Theory]
    [InlineData("from=2021&to=2021", "1 January 2021 to 31 December 2021")]
    [InlineData("from=2021-02&to=2021-02", "1 February 2021 to 28 February 2021")]
    [InlineData("from=2021-02-01&to=2021-02-01", "on 1 February 2021")]
    public async Task Dates_may_be_a_day_a_month_or_a_year(string dates, string named)
    {
        var page = await GetAsync("/?q=farmers&" + dates);

        Assert.Empty(page.All("message"));
        Assert.Contains(page.All("filter-chip"), c => c.TextContent.Contains(named, StringComparison.Ordinal));
        Assert.Equal("text", page.QuerySelector("#from")!.GetAttribute("type"));
    }

    [Fact]
    public async Task Results_per_page_are_chosen_in_the_form_and_kept_by_the_links()
    {
        var page = await GetAsync("/?q=harbour&pageSize=50");

        Assert.Equal(HarbourTotal, page.All("result").Count);
        Assert.Equal("50", page.QuerySelector("#pageSize option[selected]")!.GetAttribute("value"));
        Assert.Contains("pageSize=50", page.QuerySelector("[data-testid='sort-newest']")!.GetAttribute("href")!, StringComparison.Ordinal);
        Assert.Contains("pageSize=50", page.All("result")[0].QuerySelector("h3 a")!.GetAttribute("href")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Title_only_and_proximity_searches_find_what_they_say()
    {
        Assert.Equal(HarbourTotal, int.Parse((await GetAsync("/?q=harbour&pageSize=10")).Text("result-count").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("31 results", (await GetAsync("/?q=title:harbour")).Text("result-count"));
        Assert.Equal("31 results", (await GetAsync("/?q=harbour&titles=true")).Text("result-count"));
        Assert.Equal("2 results", (await GetAsync("/?q=minister%20farmers")).Text("result-count"));
        Assert.Equal("1 result", (await GetAsync("/?q=minister%20NEAR/3%20farmers")).Text("result-count"));
        Assert.Equal("2 results", (await GetAsync("/?q=minister%20NEAR/40%20farmers")).Text("result-count"));
        Assert.Equal("Minister meets farmers", (await GetAsync("/?q=minister%20NEAR/3%20farmers")).All("result")[0].QuerySelector("h3")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_derived_title_is_not_repeated_by_the_snippet_and_sources_are_links()
    {
        var page = await GetAsync("/?q=ferry");

        var snippet = page.All("result-snippet").Single().TextContent;
        Assert.DoesNotContain("announced on Tuesday", snippet, StringComparison.Ordinal);
        Assert.Contains("old quay", snippet, StringComparison.Ordinal);
        Assert.Equal("/?q=ferry&source=Outlet%2005", page.All("result-source").Single().GetAttribute("href"));
        Assert.DoesNotContain("announced on Tuesday", (await GetAsync("/?source=Outlet%2005&sort=newest")).All("result-snippet")[0].TextContent, StringComparison.Ordinal);
    }
}
