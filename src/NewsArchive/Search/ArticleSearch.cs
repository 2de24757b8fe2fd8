using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>
/// Runs a <see cref="SearchRequest"/>: browse (no query) or full-text search, one page with the exact total and,
/// when asked, its facets. Totals, rank windows and facets are cached per archive generation (<see cref="SearchCache"/>);
/// relevance over more than <see cref="SearchOptions.RankWindow"/> matches ranks the newest that many.
/// </summary>
public sealed partial class ArticleSearch(ArchiveDbContext db, SearchCache cache, IOptions<SearchOptions> options, ILogger<ArticleSearch> logger)
{
    /// <summary>Sources listed beside the results (the sources page lists them all).</summary>
    public const int MaxSources = 20;

    /// <summary>The sources page lists at most this many (an archive rarely has more outlets).</summary>
    public const int MaxListedSources = 5000;

    private readonly SearchOptions _options = options.Value;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.IsUnusable)
        {
            return SearchResults.Empty(request.PageSize);
        }
        var scope = await ScopeAsync(request, ct);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            return await SqliteInterrupt.RunAsync(scope.Connection, () => RunAsync(scope, ct), ct);
        }
        catch (OperationCanceledException ex) when (ex.InnerException is SqliteException)
        {
            // The statement returned SQLITE_INTERRUPT: its work stopped here, not when it would have ended.
            var milliseconds = (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogInterrupted(logger, milliseconds, request.Query.MatchExpression ?? "");
            throw;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1 && request.IsSearch)
        {
            // Terms are always quoted, so this should not happen; if FTS5 still refuses one, the reader gets no results, not an error page.
            LogRefused(logger, ex, request.Query.MatchExpression!);
            return SearchResults.Empty(request.PageSize);
        }
    }

    /// <summary>
    /// The request with its source as stored when the reader wrote it in another case (<c>press tv</c>): source
    /// names are matched without regard to case, and the page then names the source as the archive writes it.
    /// </summary>
    public async Task<SearchRequest> WithStoredSourceAsync(SearchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Source is null)
        {
            return request;
        }
        await db.Database.OpenConnectionAsync(ct);
        var stored = await SearchSql.StoredSourceAsync((SqliteConnection)db.Database.GetDbConnection(), request.Source, ct);
        return stored is null || stored == request.Source ? request : request with { Source = stored };
    }

    /// <summary>Every match, in the request's order, one row at a time (for relevance: the ranked window).</summary>
    public async IAsyncEnumerable<ExportRow> ExportAsync(SearchRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.IsUnusable)
        {
            yield break;
        }
        var scope = await ScopeAsync(request, ct);
        var sql = new SearchSql(request, scope.Connection);
        if (request.IsSearch && request.Sort == SearchSort.Relevance && await TotalAsync(scope, ct) > _options.RankWindow)
        {
            sql.RankFloor = await cache.GetOrAddAsync(scope.Key("floor"), () => sql.NewestKeysFloorAsync(_options.RankWindow, ct));
        }
        await foreach (var row in sql.StreamAsync(ct))
        {
            yield return row;
        }
    }

    /// <summary>Matches over time by <paramref name="unit"/> (day, week, month, year; null picks one for the range) and the undated count.</summary>
    public async Task<(string Unit, List<HistogramBar> Bars, int Undated)> CountsOverTimeAsync(SearchRequest request, string? unit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.IsUnusable)
        {
            return (unit ?? "day", [], 0);
        }
        var scope = await ScopeAsync(request, ct);
        var days = await cache.GetOrAddAsync(scope.Key("days"), () => new SearchSql(request, scope.Connection).DaysAsync(ct), d => 1 + d.Count);
        var (chosen, bars) = Histogram.Build(days, request.From, request.To, unit);
        return (chosen, bars, days.GetValueOrDefault(0));
    }

    /// <summary>Every source of the matches with its count (the sources page), and the count of matches with no source named.</summary>
    public async Task<(List<SourceCount> Sources, int? Among, int Unnamed)> AllSourcesAsync(SearchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.IsUnusable)
        {
            return ([], null, 0);
        }
        var scope = await ScopeAsync(request with { Source = null }, ct);
        var total = await TotalAsync(scope, ct);
        int? among = total > _options.FacetWindow && !scope.Request.IsWholeArchive ? _options.FacetWindow : null;
        var all = await new SearchSql(scope.Request, scope.Connection).SourcesAsync(MaxListedSources, among, ct);
        return (all.Where(s => s.Source is not null).Take(MaxListedSources).ToList(), among, all[^1].Count);
    }

    private async Task<Scope> ScopeAsync(SearchRequest request, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        return new Scope(request, connection, await ArchiveGeneration.ReadAsync(connection, ct));
    }

    private async Task<SearchResults> RunAsync(Scope scope, CancellationToken ct)
    {
        var request = scope.Request;
        var total = await TotalAsync(scope, ct);
        var sql = new SearchSql(request, scope.Connection);
        int? rankedAmong = null;
        if (request.IsSearch && request.Sort == SearchSort.Relevance && total > _options.RankWindow)
        {
            rankedAmong = _options.RankWindow;
            sql.RankFloor = await cache.GetOrAddAsync(scope.Key("floor"), () => sql.NewestKeysFloorAsync(_options.RankWindow, ct));
        }
        int? storyTotal = request.CollapseStories ? await cache.GetOrAddAsync(scope.Key("stories"), () => sql.StoryCountAsync(ct)) : null;
        var page = Math.Min(request.Page, SearchResults.PageCountFor(storyTotal ?? rankedAmong ?? total, request.PageSize));
        var rows = await sql.PageAsync((page - 1) * request.PageSize, request.PageSize, ct);
        var items = await sql.HitsAsync(rows, ct);
        var stories = await StoryRows.LoadAsync(scope.Connection, items.Where(i => i.StoryId is not null).Select(i => i.StoryId!.Value), ct);
        var facets = request.WithFacets ? await cache.GetOrAddAsync(scope.Key("facets"), () => FacetsAsync(scope, total, ct), f => 1 + f.Histogram.Count) : null;
        var suggestion = total == 0 && request.IsSearch ? await new Suggestions(scope.Connection).SuggestAsync(request.Query, ct) : null;
        return new SearchResults(total, page, request.PageSize, items, rankedAmong, facets, suggestion) { StoryTotal = storyTotal, Stories = stories };
    }

    private Task<int> TotalAsync(Scope scope, CancellationToken ct) =>
        cache.GetOrAddAsync(scope.Key("total"), () => new SearchSql(scope.Request, scope.Connection).CountAsync(ct));

    /// <summary>
    /// Days are keys only (cheap even over every match); sources need a row of Articles per match, so over many
    /// matches they count the newest <see cref="SearchOptions.FacetWindow"/> (the whole archive reads the Source index instead).
    /// </summary>
    private async Task<SearchFacets> FacetsAsync(Scope scope, int total, CancellationToken ct)
    {
        var request = scope.Request;
        var sql = new SearchSql(request, scope.Connection);
        var days = await cache.GetOrAddAsync(scope.Key("days"), () => sql.DaysAsync(ct), d => 1 + d.Count);
        var (unit, bars) = Histogram.Build(days, request.From, request.To);
        var unfiltered = request.Source is null ? total : await TotalAsync(scope with { Request = request with { Source = null } }, ct);
        int? among = unfiltered > _options.FacetWindow && !(request with { Source = null }).IsWholeArchive ? _options.FacetWindow : null;
        var sources = await sql.SourcesAsync(MaxSources, among, ct);
        var named = sources.Where(s => s.Source is not null).ToList();
        return new SearchFacets(named.Take(MaxSources).ToList(), among, days.GetValueOrDefault(0), unit, bars)
        {
            MoreSources = named.Count > MaxSources,
            UnnamedSourceCount = sources[^1].Count,
        };
    }

    /// <summary>One search's request, connection and archive generation; keys of its cache entries.</summary>
    private sealed record Scope(SearchRequest Request, SqliteConnection Connection, string Generation)
    {
        public string Key(string what) => $"{what}\u001e{Generation}\u001e{Request.ScopeKey}";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search interrupted after {Milliseconds} ms (request aborted or timed out); its SQL statement was stopped: {Expression}")]
    private static partial void LogInterrupted(ILogger logger, long milliseconds, string expression);

    [LoggerMessage(Level = LogLevel.Warning, Message = "FTS5 refused the search expression {Expression}")]
    private static partial void LogRefused(ILogger logger, Exception exception, string expression);
}
