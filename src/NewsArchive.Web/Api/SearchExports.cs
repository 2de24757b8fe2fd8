using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NewsArchive.Search;
using NewsArchive.Web.Pages.Articles;
using NewsArchive.Web.Search;

namespace NewsArchive.Web.Api;

/// <summary>
/// A whole result set, streamed as it is read (memory stays flat however many rows): <c>/export.csv</c> and
/// <c>/export.json</c> list every match; <c>/export/counts.csv</c> and <c>/export/counts.json</c> count them over
/// time (<c>unit=day|week|month|year</c>, else the histogram's). Same parameters as the results page; a bad one gets
/// 400 with ProblemDetails.
/// </summary>
public static class SearchExports
{
    public const string CsvHeader = "id,title,published,source,words,url";

    /// <summary>Rows between flushes: the client starts receiving at once, and the buffer stays small.</summary>
    private const int FlushEvery = 500;

    public static IEndpointRouteBuilder MapSearchExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export.csv", (HttpContext http, [AsParameters] SearchFilter filter, ArticleSearch search, IOptions<SearchOptions> options) =>
            RunAsync(http, filter, options.Value, search, request => CsvAsync(http, search, request)));
        endpoints.MapGet("/export.json", (HttpContext http, [AsParameters] SearchFilter filter, ArticleSearch search, IOptions<SearchOptions> options) =>
            RunAsync(http, filter, options.Value, search, request => JsonAsync(http, search, request)));
        endpoints.MapGet("/export/counts.csv", (HttpContext http, [AsParameters] SearchFilter filter, string? unit, ArticleSearch search, IOptions<SearchOptions> options) =>
            RunAsync(http, filter, options.Value, search, request => CountsAsync(http, search, request, unit, csv: true), unit));
        endpoints.MapGet("/export/counts.json", (HttpContext http, [AsParameters] SearchFilter filter, string? unit, ArticleSearch search, IOptions<SearchOptions> options) =>
            RunAsync(http, filter, options.Value, search, request => CountsAsync(http, search, request, unit, csv: false), unit));
        endpoints.MapGet("/feed", (HttpContext http, [AsParameters] SearchFilter filter, ArticleSearch search, IOptions<SearchOptions> options, TimeProvider clock) =>
            RunAsync(http, filter, options.Value, search, request => AtomFeed.WriteAsync(http, search, request, clock)));
        return endpoints;
    }

    private static async Task<IResult> RunAsync(
        HttpContext http, SearchFilter filter, SearchOptions options, ArticleSearch search, Func<SearchRequest, Task> write, string? unit = null)
    {
        var problems = new List<SearchProblem>();
        var request = filter.Validate(options, problems);
        if (unit is not null && !Histogram.Units.Contains(unit))
        {
            problems.Add(new SearchProblem("unit", $"“{unit}” is not a unit of time; use day, week, month or year."));
        }
        if (problems.Count > 0 || request.Query.IsUnusable)
        {
            var errors = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
            return TypedResults.ValidationProblem(errors, title: "The search parameters are not valid.");
        }
        await write(await search.WithStoredSourceAsync(request, http.RequestAborted));
        return TypedResults.Empty;
    }

    private static async Task CsvAsync(HttpContext http, ArticleSearch search, SearchRequest request)
    {
        Start(http, "text/csv; charset=utf-8; header=present", "newsarchive-results.csv");
        var root = Root(http);
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), 16 * 1024);
        await writer.WriteAsync(CsvHeader + "\r\n");
        var rows = 0;
        await foreach (var row in search.ExportAsync(request, http.RequestAborted))
        {
            await writer.WriteAsync(string.Join(',', row.Id.ToString(CultureInfo.InvariantCulture), Csv.Cell(row.Title), Day(row.PublishedOn),
                Csv.Cell(row.Source ?? ""), row.WordCount.ToString(CultureInfo.InvariantCulture), Csv.Cell(root + ArticleRoute.For(row.Id, row.Slug))) + "\r\n");
            if (++rows % FlushEvery == 0)
            {
                await writer.FlushAsync(http.RequestAborted);
            }
        }
    }

    private static async Task JsonAsync(HttpContext http, ArticleSearch search, SearchRequest request)
    {
        var total = (await search.SearchAsync(request with { Page = 1, PageSize = 1, WithFacets = false }, http.RequestAborted)).Total;
        Start(http, "application/json; charset=utf-8", "newsarchive-results.json");
        var root = Root(http);
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteNumber("total", total);
        json.WriteString("sort", request.Sort.ToString().ToLowerInvariant());
        json.WriteStartArray("items");
        var rows = 0;
        await foreach (var row in search.ExportAsync(request, http.RequestAborted))
        {
            json.WriteStartObject();
            json.WriteNumber("id", row.Id);
            json.WriteString("title", row.Title);
            WriteNullable(json, "published", row.PublishedOn is null ? null : Day(row.PublishedOn));
            WriteNullable(json, "source", row.Source);
            json.WriteNumber("words", row.WordCount);
            json.WriteString("url", root + ArticleRoute.For(row.Id, row.Slug));
            json.WriteEndObject();
            if (++rows % FlushEvery == 0)
            {
                await json.FlushAsync(http.RequestAborted);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static async Task CountsAsync(HttpContext http, ArticleSearch search, SearchRequest request, string? unit, bool csv)
    {
        var (chosen, bars, undated) = await search.CountsOverTimeAsync(request, unit, http.RequestAborted);
        if (csv)
        {
            Start(http, "text/csv; charset=utf-8; header=present", "newsarchive-counts.csv");
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false));
            await writer.WriteAsync($"from,to,{chosen},count\r\n");
            foreach (var bar in bars)
            {
                await writer.WriteAsync($"{Day(bar.From)},{Day(bar.To)},{Csv.Cell(bar.Label)},{bar.Count.ToString(CultureInfo.InvariantCulture)}\r\n");
            }
            await writer.WriteAsync($",,undated,{undated.ToString(CultureInfo.InvariantCulture)}\r\n");
            return;
        }
        Start(http, "application/json; charset=utf-8", "newsarchive-counts.json");
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteString("unit", chosen);
        json.WriteNumber("undated", undated);
        json.WriteStartArray("counts");
        foreach (var bar in bars)
        {
            json.WriteStartObject();
            json.WriteString("from", Day(bar.From));
            json.WriteString("to", Day(bar.To));
            json.WriteString("label", bar.Label);
            json.WriteNumber("count", bar.Count);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Start(HttpContext http, string contentType, string fileName)
    {
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        http.Response.Headers.CacheControl = "no-cache";
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    internal static string Root(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
