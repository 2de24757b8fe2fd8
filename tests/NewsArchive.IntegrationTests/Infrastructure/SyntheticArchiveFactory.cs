using NewsArchive.Parsing;

namespace NewsArchive.IntegrationTests.Infrastructure;

/// <summary>
/// The app over an archive of made-up articles (no seed import), written to the database directly so the
/// search tests hold whatever the parser does: dated over three years, three sources, one undated, one with
/// markup in its text, one with removed lines, and 45 council minutes for paging.
/// </summary>
public class SyntheticArchiveFactory : ArchiveAppFactory
{
    public const int MinutesCount = 45;
    public const int ArticleCount = MinutesCount + 7;

    private readonly Lazy<Task> _arranged;

    public SyntheticArchiveFactory() => _arranged = new Lazy<Task>(() => this.AddArticlesAsync(Articles()));

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Archive:ImportOnStartup"] = "false" };

    /// <summary>A client on the arranged archive.</summary>
    public async Task<HttpClient> ClientAsync()
    {
        var client = CreateClient();
        await _arranged.Value;
        return client;
    }

    private static ArticleBuilder[] Articles() =>
    [
        new ArticleBuilder("Flood waters rise in the valley", "Heavy rain caused the river to flood the valley town.\n\nResidents were evacuated to the school.")
            .On("2019-06-01").From("Valley News"),
        new ArticleBuilder("Budget vote delayed", "The council delayed the budget vote after a long debate about flood defences.").On("2020-01-15").From("City Post"),
        new ArticleBuilder("Harvest festival returns", "The harvest festival returned with music and food stalls.").On("2020-01-20", DateSource.Text).From("Valley News"),
        new ArticleBuilder("Bridge reopens after repairs", "The old bridge reopened after the flood damage was repaired. Engineers praised the work.").On("2021-07-04"),
        new ArticleBuilder("Undated flood memories", "Older residents remember the great flood of the past."),
        new ArticleBuilder("Markup <b>in</b> a title & more", "A flood of <script>alert('x')</script> tags and <i>markup</i> in the text.").On("2021-07-05").From("Wire <Service>"),
        new ArticleBuilder("Museum opens new wing", "The museum opened a new wing.")
            .On("2021-07-06").From("City Post")
            .WithRawLines(("Menu | Home | Sport", LineRole.Boilerplate), ("", LineRole.Blank), ("Museum opens new wing", LineRole.Title), ("", LineRole.Blank),
                ("The museum opened a new wing.", LineRole.Body), ("Related stories: Nigerien farmers", LineRole.Boilerplate)),
        .. Enumerable.Range(1, MinutesCount).Select(i => new ArticleBuilder($"Council minutes number {i}", $"Routine council minutes, agenda item {i}.")
            .On(new DateOnly(2022, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).From("Council Gazette")),
    ];
}
