using System.Net;
using System.Text.Json;
using System.Text;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Search;

/// <summary>Random and hostile searches and parameters (fixed seed, so a failure can be replayed): never a 500, always a well-formed page.</summary>
public sealed class SearchFuzzTests(SyntheticArchiveFactory factory) : IClassFixture<SyntheticArchiveFactory>
{
    private const int PageRuns = 1500;
    private const int ApiRuns = 500;

    private static readonly string[] s_pieces =
    [
        "flood", "council", "valley", "OR", "AND", "NOT", "NEAR(", "NEAR", ")", "(", "^", "title:", "Title:flood", "body:", "*", "-", "--", "\"", "\"\"",
        "'", ";", "DROP TABLE Articles;", "' OR 1=1 --", "{", "}", ":", "+", "~", "\\", "%", "%00", "&", "=", "?", "#", "<script>", "</mark>", "\uE000", "\uE001",
        "é", "ß", "İ", "Ω", "中文", "עברית", "🙂", "\u0301", "\u200B", "\t", "\n", "\0", "NEAR(flood council, 2)", "flood*", "*flood", "fl*od", "-\"flood valley\"",
        "rowid", "rank", "bm25", "snippet(", "MATCH", "0", "-1", "9999999999999999999", "2021-03-20",
    ];

    private static readonly string[] s_dates = ["", "2021-03-20", "banana", "2021-02-30", "0001-01-01", "9999-12-31", "2021-3-5", "20210320", "-1", "9999-99-99", "2021-03-20T00:00"];
    private static readonly string[] s_sorts = ["", "relevance", "newest", "oldest", "sideways", "NEWEST", "1", "-1", "rank DESC"];
    private static readonly string[] s_numbers = ["", "1", "2", "3", "-3", "0", "banana", "99999999999", "2147483648", "1e3", " 2 ", "1000000"];
    private static readonly string[] s_sources = ["", "Valley News", "City Post", "nobody", "' OR 1=1 --", "<b>x</b>", new string('s', 300)];
    private static readonly string[] s_flags = ["", "true", "false", "1", "perhaps"];

    [Fact]
    public async Task Random_and_hostile_parameters_never_cause_a_server_error_and_always_give_a_well_formed_page()
    {
        var client = await factory.ClientAsync();
        var random = new Random(20261122);
        for (var run = 0; run < PageRuns; run++)
        {
            var url = "/?" + RandomQueryString(random);
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} for {url}");
            var page = await Html.ParseAsync(response);
            Assert.True(page.QuerySelector("[data-testid='result-count']") is not null, $"no result count for {url}");
            Assert.Empty(page.QuerySelectorAll("script, #results b"));
            Assert.Equal(page.All("result").Count, page.All("result-snippet").Count);
        }
    }

    [Fact]
    public async Task Random_and_hostile_parameters_give_the_API_a_200_or_a_400_with_json()
    {
        var client = await factory.ClientAsync();
        var random = new Random(1122);
        for (var run = 0; run < ApiRuns; run++)
        {
            var url = "/api/articles?" + RandomQueryString(random) + "&pageSize=" + Pick(random, s_numbers);
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{(int)response.StatusCode} for {url}");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(json.RootElement.TryGetProperty(response.StatusCode == HttpStatusCode.OK ? "total" : "errors", out _), url);
        }
    }

    private static string RandomQueryString(Random random)
    {
        var q = new StringBuilder();
        var pieces = random.Next(0, 7);
        for (var i = 0; i < pieces; i++)
        {
            q.Append(random.Next(4) == 0 ? RandomText(random) : Pick(random, s_pieces)).Append(random.Next(3) == 0 ? "" : " ");
        }
        if (random.Next(50) == 0)
        {
            q.Append(new string('a', 5000));
        }
        var parts = new List<string> { "q=" + Uri.EscapeDataString(q.ToString()) };
        Add(parts, "from", Pick(random, s_dates));
        Add(parts, "to", Pick(random, s_dates));
        Add(parts, "sort", Pick(random, s_sorts));
        Add(parts, "page", Pick(random, s_numbers));
        Add(parts, "source", Pick(random, s_sources));
        Add(parts, "undated", Pick(random, s_flags));
        return string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string value)
    {
        if (value.Length > 0)
        {
            parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }

    /// <summary>Random UTF-16 code units, control characters included (lone surrogates left out: a URL cannot carry them).</summary>
    private static string RandomText(Random random)
    {
        var chars = new char[random.Next(1, 12)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(3) == 0 ? (char)random.Next(0x20, 0x7F) : (char)random.Next(0, 0xD800);
        }
        return new string(chars);
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
