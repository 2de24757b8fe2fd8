using AngleSharp.Dom;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Search;

/// <summary>The results page on a made-up archive (see <see cref="SyntheticArchiveFactory"/>).</summary>
public sealed class SearchPageTests(SyntheticArchiveFactory factory) : IClassFixture<SyntheticArchiveFactory>
{
    private async Task<IDocument> GetAsync(string url) => await (await factory.ClientAsync()).GetDocumentAsync(url);

    private static List<string> Titles(IDocument page) => page.All("result").Select(r => r.QuerySelector("h3")!.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_search_shows_the_exact_total_and_marks_the_matches_in_snippets()
    {
        var page = await GetAsync("/?q=flood");

        Assert.Equal("5 results", page.Text("result-count"));
        Assert.Equal(5, page.All("result").Count);
        Assert.All(page.All("result-snippet"), s => Assert.Contains(s.QuerySelectorAll("mark"), m => m.TextContent.StartsWith("flood", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Stemming_finds_the_other_forms_of_a_word()
    {
        Assert.Equal("5 results", (await GetAsync("/?q=floods")).Text("result-count"));
        Assert.Equal("1 result", (await GetAsync("/?q=evacuating")).Text("result-count"));
    }

    [Fact]
    public async Task Relevance_puts_title_matches_first()
    {
        var titles = Titles(await GetAsync("/?q=flood"));

        Assert.Equal(["Flood waters rise in the valley", "Undated flood memories"], titles.Take(2).Order());
    }

    [Fact]
    public async Task Newest_and_oldest_order_by_date_with_undated_below_all_dated()
    {
        var newest = (await GetAsync("/?q=flood&sort=newest")).All("result-date").Select(d => d.TextContent.Trim()).ToList();
        var oldest = (await GetAsync("/?q=flood&sort=oldest")).All("result-date").Select(d => d.TextContent.Trim()).ToList();

        Assert.Equal(["5 July 2021", "4 July 2021", "15 January 2020", "1 June 2019", "Undated"], newest);
        Assert.Equal(Enumerable.Reverse(newest), oldest);
    }

    [Theory]
    [InlineData("/?q=flood&from=2020-01-01&to=2020-12-31", "1 result")]
    [InlineData("/?q=flood&from=2019-06-01&to=2019-06-01", "1 result")]
    [InlineData("/?q=flood&from=2021-07-04", "2 results")]
    [InlineData("/?q=flood&to=2020-01-15", "2 results")]
    [InlineData("/?q=flood&source=Valley%20News", "1 result")]
    [InlineData("/?q=flood&undated=true", "1 result")]
    [InlineData("/?from=2022-01-01&to=2022-12-31", "45 articles")]
    [InlineData("/?source=City%20Post", "2 articles")]
    public async Task Date_and_source_filters_narrow_the_results(string url, string expected)
    {
        Assert.Equal(expected, (await GetAsync(url)).Text("result-count"));
    }

    [Fact]
    public async Task Source_counts_are_links_that_filter_by_source()
    {
        var page = await GetAsync("/?q=flood");
        var facets = page.All("source-facet").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href")!);

        Assert.Equal(["City Post", "Valley News", "Wire <Service>"], facets.Keys.Order());
        var filtered = await GetAsync(facets["Valley News"]);

        Assert.Equal("1 result", filtered.Text("result-count"));
        Assert.Equal("Valley News", filtered.Text("result-source"));
    }

    [Fact]
    public async Task Undated_matches_are_a_facet_of_their_own()
    {
        var page = await GetAsync("/?q=flood");

        Assert.Equal("1", page.Text("undated-count"));
        var undated = await GetAsync(page.All("undated-facet")[0].GetAttribute("href")!);
        Assert.Equal(["Undated flood memories"], Titles(undated));
    }

    [Fact]
    public async Task The_histogram_has_a_bar_per_month_that_narrows_the_dates_and_a_table_alternative()
    {
        var page = await GetAsync("/?q=flood");
        var bars = page.All("histogram-bar");

        Assert.Equal(3, bars.Count);
        Assert.Equal("July 2021: 2 matches", bars[^1].GetAttribute("aria-label"));
        Assert.Equal(26, page.QuerySelectorAll("[data-testid='histogram-table'] tbody tr").Length);
        Assert.Equal("June 2019: 1 match", bars[0].GetAttribute("aria-label"));
        var narrowed = await GetAsync(bars[0].GetAttribute("href")!);
        Assert.Equal(["Flood waters rise in the valley"], Titles(narrowed));
        Assert.Equal("2019-06-01", narrowed.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#from")!.Value);
        Assert.Equal("2019-06-30", narrowed.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#to")!.Value);
    }

    [Theory]
    [InlineData("flod", "flood")]
    [InlineData("harvst festival", "harvest festival")]
    [InlineData("Councel minutes", "council minutes")]
    public async Task A_misspelt_word_gets_a_did_you_mean_from_the_index_vocabulary(string typed, string suggested)
    {
        var page = await GetAsync("/?q=" + Uri.EscapeDataString(typed));

        Assert.Equal("0 results", page.Text("result-count"));
        Assert.Equal(suggested, page.QuerySelector("[data-testid='did-you-mean'] a")!.TextContent.Trim(), ignoreCase: true);
        var followed = await GetAsync(page.QuerySelector("[data-testid='did-you-mean'] a")!.GetAttribute("href")!);
        Assert.NotEqual("0 results", followed.Text("result-count"));
    }

    [Fact]
    public async Task No_results_because_of_a_filter_offers_to_drop_it()
    {
        var page = await GetAsync("/?q=harvest&source=City%20Post");

        Assert.Equal("0 results", page.Text("result-count"));
        var dropped = await GetAsync(page.All("drop-filter")[0].GetAttribute("href")!);
        Assert.Equal(["Harvest festival returns"], Titles(dropped));
    }

    [Fact]
    public async Task Article_text_in_titles_and_snippets_is_shown_as_text_never_as_markup()
    {
        var page = await GetAsync("/?q=script");

        Assert.Equal("1 result", page.Text("result-count"));
        Assert.Empty(page.QuerySelectorAll("#results script, #results b, #results i"));
        Assert.Contains("<script>alert('x')</script>", page.Text("result-snippet"), StringComparison.Ordinal);
        Assert.Equal("Markup <b>in</b> a title & more", Titles(page)[0]);
        Assert.Contains(page.All("source-facet"), a => a.TextContent.Trim() == "Wire <Service>");
    }

    [Fact]
    public async Task Browsing_pages_through_every_article_once_newest_first()
    {
        var seen = new List<string>();
        for (var number = 1; number <= 3; number++)
        {
            var page = await GetAsync($"/?page={number}");
            Assert.Equal($"{SyntheticArchiveFactory.ArticleCount} articles", page.Text("result-count"));
            seen.AddRange(Titles(page));
        }

        Assert.Equal(SyntheticArchiveFactory.ArticleCount, seen.Distinct().Count());
        Assert.Equal("Council minutes number 45", seen[0]);
        Assert.Equal("Undated flood memories", seen[^1]);
    }

    [Fact]
    public async Task Pager_links_keep_the_search_and_a_page_past_the_end_shows_the_last()
    {
        var first = await GetAsync("/?q=council&sort=oldest");
        var next = first.QuerySelector("nav.pager a[rel='next']")!.GetAttribute("href")!;

        Assert.Equal("/?q=council&sort=oldest&page=2", next);
        Assert.Equal("Council minutes number 20", Titles(await GetAsync(next))[0]);
        var past = await GetAsync("/?q=council&sort=oldest&page=99");
        Assert.Equal(6, past.All("result").Count);
    }
}
