using System.Net;
using NewsArchive.Corpus;

namespace NewsArchive.Bench;

/// <summary>
/// The read side: the query mix through <c>/api/articles</c> and on raw SQLite, browse pages, the article
/// page and <c>/ping</c>, each measured with the same number of concurrent workers, HTTP and raw back to back.
/// </summary>
internal static class SearchBench
{
    private const int WarmUp = 3;

    public static async Task<(List<ComparisonRow> Search, List<ComparisonRow> Browse, string? Note)> RunAsync(
        BenchOptions options, string database, int articles, TextWriter log)
    {
        using var raw = new RawSqlite(database, options.Workers);
        await using var web = options.SkipHttp ? null : await WebApp.StartAsync(WebDll.Find(options), database, options.Work, options.Workers);
        string? note = null;
        var apiUp = web is not null && await web.StatusAsync("/api/articles?q=the&pageSize=1") != HttpStatusCode.NotFound;
        if (web is not null && !apiUp)
        {
            note = "/api/articles answered 404 on this build: the HTTP search columns are empty (the API lands with the search branch).";
            log.WriteLine("search: " + note);
        }
        var search = new List<ComparisonRow>();
        foreach (var query in QueryCase.Mix(new ZipfVocabulary()))
        {
            log.WriteLine($"search: {query.Name}");
            var http = apiUp ? await MeasureAsync(options, _ => web!.GetAsync(query.ApiPath)) : null;
            search.Add(new ComparisonRow(query.Name, http, await MeasureAsync(options, w => Task.FromResult(raw.Search(w, query)))));
        }
        return (search, await BrowseAsync(options, raw, web, articles, log), note);
    }

    private static async Task<List<ComparisonRow>> BrowseAsync(BenchOptions options, RawSqlite raw, WebApp? web, int articles, TextWriter log)
    {
        var deepPage = Math.Max(1, Math.Min(5_000, (articles + 19) / 20));
        var ids = Enumerable.Range(0, 50).Select(i => 1 + (int)((i * 7919L) % Math.Max(1, articles))).ToArray();
        var paths = raw.ArticlePaths(ids);
        var next = 0;
        int NextId() => ids[Interlocked.Increment(ref next) % ids.Length];
        string NextPath() => paths[Interlocked.Increment(ref next) % paths.Count];
        (string Name, string? Path, Func<int, bool>? Raw)[] cases =
        [
            ("/ping (HTTP ceiling)", "/ping", null),
            ("home, newest first, page 1", "/?page=1", w => raw.BrowsePage(w, 1)),
            ($"home, newest first, page {deepPage:N0}", $"/?page={deepPage}", w => raw.BrowsePage(w, deepPage)),
            ("article page", null, w => raw.ReadArticle(w, NextId())),
        ];
        var rows = new List<ComparisonRow>();
        foreach (var (name, path, rawCase) in cases)
        {
            log.WriteLine($"browse: {name}");
            var http = web is null ? null : await MeasureAsync(options, _ => web.GetAsync(path ?? NextPath()));
            var rawStats = rawCase is null ? null : await MeasureAsync(options, w => Task.FromResult(rawCase(w)));
            rows.Add(new ComparisonRow(name, http, rawStats));
        }
        return rows;
    }

    private static async Task<LatencyStats> MeasureAsync(BenchOptions options, Func<int, Task<bool>> request)
    {
        await LoadRunner.RunAsync(1, WarmUp, TimeSpan.FromSeconds(options.Seconds), request);
        return await LoadRunner.RunAsync(options.Workers, options.Requests, TimeSpan.FromSeconds(options.Seconds), request);
    }
}
