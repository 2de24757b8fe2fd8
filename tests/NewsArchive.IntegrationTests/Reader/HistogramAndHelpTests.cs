using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Reader;

/// <summary>The histogram's unit, axis and undated count; "did you mean" only when it is a good guess; long searches; the import notice.</summary>
public sealed class HistogramAndHelpTests(ReaderArchiveFactory factory) : IClassFixture<ReaderArchiveFactory>
{
    private async Task<IDocument> GetAsync(string url) => await (await factory.ClientAsync()).GetDocumentAsync(url);

    [Fact]
    public async Task The_histogram_picks_weeks_for_months_of_matches_labels_its_axis_and_counts_undated_apart()
    {
        var page = await GetAsync("/?q=harbour");

        var histogram = page.QuerySelector("[data-testid='histogram']")!;
        Assert.Equal("week", histogram.GetAttribute("data-unit"));
        var ticks = page.QuerySelectorAll("[data-testid='histogram-axis'] li.tick").Select(t => t.TextContent.Trim()).ToList();
        Assert.InRange(ticks.Count, 3, 6);
        Assert.Equal("4 Jan 2021", ticks[0]);
        var counts = page.All("histogram-bar").Select(b => int.Parse(b.GetAttribute("aria-label")!.Split(": ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.Max().ToString(System.Globalization.CultureInfo.InvariantCulture), page.Text("histogram-max"));
        Assert.Equal(ReaderArchiveFactory.HarbourDated, counts.Sum());
        Assert.Contains("3 matches with no date", page.Text("histogram-undated"), StringComparison.Ordinal);
        var bars = page.All("histogram-bar");
        Assert.All(bars, b => Assert.Matches(@"^Week of \d{1,2} [A-Z][a-z]{2} 2021: \d+ match(es)?$", b.GetAttribute("aria-label")!));
        Assert.Empty(page.QuerySelectorAll("[data-testid='histogram'] [style]"));
    }

    [Fact]
    public async Task Inside_a_date_window_the_dates_box_offers_all_dates_not_undated_and_one_day_is_said_in_words()
    {
        var page = await GetAsync("/?q=farmers&from=2021-02-01&to=2021-02-01");

        Assert.Empty(page.All("undated-facet"));
        Assert.NotNull(page.QuerySelector("[data-testid='all-dates']"));
        Assert.Equal("The match is on 1 Feb 2021 within the dates chosen.", page.QuerySelector("[data-testid='histogram-single'] p")!.TextContent.Trim());
        var month = await GetAsync("/?q=harbour&from=2021-03-01&to=2021-03-31");
        Assert.Equal("day", month.QuerySelector("[data-testid='histogram']")!.GetAttribute("data-unit"));
        Assert.Equal(31, month.QuerySelectorAll("[data-testid='histogram'] .bars li").Length);
    }

    [Theory]
    [InlineData("harbor", "harbour")]
    [InlineData("lighthose", "lighthouse")]
    public async Task A_close_word_is_suggested(string typed, string suggested)
    {
        var page = await GetAsync("/?q=" + typed);

        Assert.Equal(suggested, page.QuerySelector("[data-testid='did-you-mean'] a")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("g7")]
    [InlineData("covid")]
    [InlineData("zqxj")]
    [InlineData("harbour zzzzqqq")]
    public async Task Nonsense_gets_no_suggestion(string typed)
    {
        var page = await GetAsync("/?q=" + Uri.EscapeDataString(typed));

        Assert.Equal("0 results", page.Text("result-count"));
        Assert.Empty(page.All("did-you-mean"));
    }

    [Fact]
    public async Task A_search_of_hundreds_of_words_says_which_were_used_shows_only_those_and_suggests_nothing()
    {
        var words = string.Join(' ', Enumerable.Range(0, 80).Select(i => i % 2 == 0 ? "was" : "harbr"));

        var page = await GetAsync("/?q=" + Uri.EscapeDataString(words));

        Assert.Contains(page.All("message"), m => m.TextContent.Contains("80 words; only its first 32 words were used", StringComparison.Ordinal));
        Assert.Equal(32, page.Text("for-query").Trim('f', 'o', 'r', ' ', '“', '”').Split(' ').Length);
        Assert.Empty(page.All("did-you-mean"));
        Assert.Equal("500", page.QuerySelector("#q")!.GetAttribute("maxlength"));
    }

    [Fact]
    public async Task A_very_long_search_in_any_script_is_cut_with_a_message_not_refused()
    {
        var cyrillic = string.Concat(Enumerable.Repeat("гавань ", 300));

        using var response = await (await factory.ClientAsync()).GetAsync(new Uri("/?q=" + Uri.EscapeDataString(cyrillic), UriKind.Relative));
        var page = await Html.ParseAsync(response);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.All("message"), m => m.TextContent.Contains("first 500 characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task While_an_import_runs_the_pages_say_so_and_stop_saying_it_when_it_ends()
    {
        var client = await factory.ClientAsync();
        var gate = factory.Services.GetRequiredService<ImportGate>();
        Assert.Empty((await client.GetDocumentAsync("/")).All("import-notice"));
        Assert.True(gate.TryStart());
        try
        {
            gate.Report(new ImportProgress(1, 120, 3000, "a.txt", 120, 0, 0, 0, 0));
            var during = await client.GetDocumentAsync("/");
            Assert.Contains("An import is in progress: 120 of 3,000 files read so far", during.Text("import-notice"), StringComparison.Ordinal);
        }
        finally
        {
            gate.Finish();
        }
        Assert.Empty((await client.GetDocumentAsync("/")).All("import-notice"));
    }
}
