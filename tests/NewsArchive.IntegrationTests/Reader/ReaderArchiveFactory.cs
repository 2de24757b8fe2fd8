using System.Globalization;
using NewsArchive.Parsing.Document;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Reader;

/// <summary>
/// An archive made for the reader's features: 25 outlets (more than the 20 listed beside the results), articles with
/// no source, undated ones, words near and far from each other, a title-only word, a file that names its address,
/// a derived title, and a word many articles share ("considering") to tempt a bad "did you mean".
/// </summary>
public sealed class ReaderArchiveFactory : ArchiveAppFactory
{
    public const int OutletCount = 25;
    public const int HarbourDated = OutletCount + 4;
    public const int HarbourUndated = 3;
    public const string PermalinkAddress = "https://news.example.org/2021/03/harbour-reopens-after-storm";

    private readonly Lazy<Task> _arranged;

    public ReaderArchiveFactory() => _arranged = new Lazy<Task>(() => this.AddArticlesAsync([.. Articles()]));

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Archive:ImportOnStartup"] = "false" };

    public async Task<HttpClient> ClientAsync()
    {
        var client = CreateClient();
        await _arranged.Value;
        return client;
    }

    private static string Day(int i) => new DateOnly(2021, 1, 4).AddDays(i * 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<ArticleBuilder> Articles()
    {
        for (var i = 1; i <= OutletCount; i++)
        {
            yield return new ArticleBuilder($"Harbour report {i}", $"The harbour master wrote report {i}, considering the tides.")
                .On(Day(i)).From($"Outlet {i:D2}");
        }
        yield return new ArticleBuilder("Press TV harbour story", "A harbour story, considering everything.").On(Day(30)).From("Press TV");
        yield return new ArticleBuilder("Harbour story with no outlet", "A harbour story nobody signed, considering it all.").On(Day(31));
        for (var i = 1; i <= HarbourUndated; i++)
        {
            yield return new ArticleBuilder($"Undated harbour note {i}", "An undated harbour note, considering nothing.");
        }
        yield return new ArticleBuilder("Minister meets farmers", "The minister met the farmers at the market to talk about prices.").On("2021-02-01").From("Outlet 01");
        yield return new ArticleBuilder("Farmers protest", "The farmers marched through the town for a whole day, and many hours later, after speeches and songs and a long lunch in the square, a minister came.")
            .On("2021-02-02").From("Outlet 02");
        yield return new ArticleBuilder("Lighthouse keeper retires", "After forty years the keeper of the old light climbed the stairs one last time.").On("2021-02-03").From("Outlet 03");
        yield return new ArticleBuilder("Storm damage in the town", "The lighthouse lost its lamp in the storm and the town lost power.").On("2021-02-04").From("Outlet 03");
        yield return new ArticleBuilder("Harbour reopens after storm", "The harbour reopened on Monday after the storm.")
            .On("2021-03-01").From("Outlet 04")
            .WithRawLines(("Harbour reopens after storm", LineRole.Title), ("", LineRole.Blank), ("The harbour reopened on Monday after the storm.", LineRole.Body),
                ("", LineRole.Blank), ("Permalink: " + PermalinkAddress, LineRole.Boilerplate), ("Share on https://twitter.com/someone", LineRole.Boilerplate));
        yield return new ArticleBuilder("The ferry company announced on Tuesday that its boats will sail again…",
            "The ferry company announced on Tuesday that its boats will sail again from the old quay. Tickets go on sale next week at the harbour office.")
            .On("2021-03-02").From("Outlet 05").Derived();
    }
}
