using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Reader;

/// <summary>The Atom feed of a search (checked against RFC 4287's required structure) and the streaming CSV and JSON exports.</summary>
public sealed class FeedAndExportTests(ReaderArchiveFactory factory) : IClassFixture<ReaderArchiveFactory>
{
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";

    private const int HarbourTotal = ReaderArchiveFactory.HarbourDated + ReaderArchiveFactory.HarbourUndated;

    private async Task<HttpResponseMessage> GetAsync(string url) => await (await factory.ClientAsync()).GetAsync(new Uri(url, UriKind.Relative));

    [Fact]
    public async Task Every_search_has_an_Atom_1_0_feed_with_the_required_elements()
    {
        using var response = await GetAsync("/feed?q=harbour&source=outlet%2004");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(s_atom + "feed", feed.Name);
        AssertRequired(feed);
        Assert.Contains("“harbour”", feed.Element(s_atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains(feed.Elements(s_atom + "link"), l => (string?)l.Attribute("rel") == "self" && ((string)l.Attribute("href")!).StartsWith("http://localhost/feed?", StringComparison.Ordinal));
        Assert.NotNull(feed.Element(s_atom + "author")?.Element(s_atom + "name"));
        var entries = feed.Elements(s_atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(["Harbour reopens after storm", "Harbour report 4"], entries.Select(e => e.Element(s_atom + "title")!.Value));
        foreach (var entry in entries)
        {
            AssertRequired(entry);
            var alternate = entry.Elements(s_atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate");
            Assert.True(Uri.IsWellFormedUriString((string)alternate.Attribute("href")!, UriKind.Absolute));
            Assert.Equal("html", (string?)entry.Element(s_atom + "summary")!.Attribute("type"));
            Assert.Equal("Outlet 04", entry.Element(s_atom + "author")!.Element(s_atom + "name")!.Value);
        }
        Assert.Equal(entries.Count, entries.Select(e => e.Element(s_atom + "id")!.Value).Distinct().Count());
        Assert.Equal("2021-03-01T00:00:00Z", entries[0].Element(s_atom + "updated")!.Value);
    }

    /// <summary>RFC 4287 4.1.1 and 4.1.2: exactly one id (an IRI), title and updated (an RFC 3339 date-time).</summary>
    private static void AssertRequired(XElement element)
    {
        foreach (var name in new[] { "id", "title", "updated" })
        {
            Assert.Single(element.Elements(s_atom + name));
        }
        Assert.True(Uri.IsWellFormedUriString(element.Element(s_atom + "id")!.Value, UriKind.Absolute));
        Assert.True(DateTimeOffset.TryParseExact(element.Element(s_atom + "updated")!.Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));
        Assert.All(element.Elements(), e => Assert.Equal(s_atom, e.Name.Namespace));
    }

    [Fact]
    public async Task The_csv_export_parses_back_to_the_same_rows_as_the_json_export_and_the_results()
    {
        using var csvResponse = await GetAsync("/export.csv?q=harbour&sort=oldest");
        using var jsonResponse = await GetAsync("/export.json?q=harbour&sort=oldest");

        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", csvResponse.Content.Headers.ContentDisposition?.DispositionType);
        var csv = ParseCsv(await csvResponse.Content.ReadAsStringAsync());
        Assert.Equal(["id", "title", "published", "source", "words", "url"], csv[0]);
        var rows = csv.Skip(1).ToList();
        using var json = JsonDocument.Parse(await jsonResponse.Content.ReadAsStringAsync());
        Assert.Equal(HarbourTotal, json.RootElement.GetProperty("total").GetInt32());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(HarbourTotal, rows.Count);
        Assert.Equal(items.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var item = items[i];
            Assert.Equal(item.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture), rows[i][0]);
            Assert.Equal(item.GetProperty("title").GetString(), rows[i][1]);
            Assert.Equal(item.GetProperty("published").GetString() ?? "", rows[i][2]);
            Assert.Equal(item.GetProperty("source").GetString() ?? "", rows[i][3]);
            Assert.Equal(item.GetProperty("url").GetString(), rows[i][5]);
        }
        Assert.Equal(Enumerable.Repeat("", ReaderArchiveFactory.HarbourUndated), rows.TakeLast(ReaderArchiveFactory.HarbourUndated).Select(r => r[2]));
        Assert.Equal(rows.Select(r => r[2]).Where(d => d != "").Order(StringComparer.Ordinal), rows.Select(r => r[2]).Where(d => d != ""));
        var page = await (await factory.ClientAsync()).GetDocumentAsync("/?q=harbour&sort=oldest&pageSize=100");
        Assert.Equal(page.All("result").Select(r => r.QuerySelector("h3")!.TextContent.Trim()), rows.Select(r => r[1]));
    }

    [Fact]
    public async Task A_title_with_commas_quotes_and_markup_survives_the_csv_round_trip()
    {
        await factory.ClientAsync();
        await factory.AddArticlesAsync(new ArticleBuilder("Quay \"works\", delays, and <b>more</b>", "The quay works, delayed again.\n\nA second paragraph.").On("2021-05-05").From("A, B & \"C\""));

        using var response = await GetAsync("/export.csv?q=quay%20works");
        var rows = ParseCsv(await response.Content.ReadAsStringAsync());

        Assert.Equal(2, rows.Count);
        Assert.Equal("Quay \"works\", delays, and <b>more</b>", rows[1][1]);
        Assert.Equal("A, B & \"C\"", rows[1][3]);
    }

    [Fact]
    public async Task Counts_over_time_export_by_the_unit_asked_for_with_the_undated_count_apart()
    {
        using var json = JsonDocument.Parse(await (await GetAsync("/export/counts.json?q=harbour&unit=month")).Content.ReadAsStringAsync());
        using var csvResponse = await GetAsync("/export/counts.csv?q=harbour&unit=month");
        var csv = ParseCsv(await csvResponse.Content.ReadAsStringAsync());

        Assert.Equal("month", json.RootElement.GetProperty("unit").GetString());
        Assert.Equal(ReaderArchiveFactory.HarbourUndated, json.RootElement.GetProperty("undated").GetInt32());
        var counts = json.RootElement.GetProperty("counts").EnumerateArray().ToList();
        Assert.Equal(ReaderArchiveFactory.HarbourDated, counts.Sum(c => c.GetProperty("count").GetInt32()));
        Assert.Equal("2021-01-01", counts[0].GetProperty("from").GetString());
        Assert.Equal(["from", "to", "month", "count"], csv[0]);
        Assert.Equal(counts.Count + 2, csv.Count);
        Assert.Equal(["", "", "undated", "3"], csv[^1]);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync("/export/counts.json?q=harbour&unit=fortnight")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync("/export.csv?from=banana")).StatusCode);
    }

    [Fact]
    public async Task The_results_page_links_its_feed_and_exports_for_the_same_search()
    {
        var page = await (await factory.ClientAsync()).GetDocumentAsync("/?q=harbour&source=Outlet%2004&page=1");

        Assert.Equal("/feed?q=harbour&source=Outlet%2004", page.QuerySelector("link[rel='alternate'][type='application/atom+xml']")!.GetAttribute("href"));
        Assert.Equal("/export.csv?q=harbour&source=Outlet%2004", page.QuerySelector("[data-testid='export-csv']")!.GetAttribute("href"));
        Assert.Equal("/export/counts.json?q=harbour&source=Outlet%2004", page.QuerySelector("[data-testid='counts-json']")!.GetAttribute("href"));
    }

    /// <summary>RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF.</summary>
    internal static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    i++;
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        Assert.Equal(0, field.Length + row.Count);
        return rows;
    }
}
