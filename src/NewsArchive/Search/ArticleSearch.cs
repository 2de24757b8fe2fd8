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
    public const int MaxSources = 20;

    private readonly SearchOptions _options = options.Value;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.IsUnusable)
        {
            return SearchResults.Empty(request.PageSize);
        }
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var scope = new Scope(request, connection, await ArchiveGeneration.ReadAsync(connection, ct));
        try
        {
            return await RunAsync(scope, ct);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1 && request.IsSearch)
        {
            // Terms are always quoted, so this should not happen; if FTS5 still refuses one, the reader gets no results, not an error page.
            LogRefused(logger, ex, request.Query.MatchExpression!);
            return SearchResults.Empty(request.PageSize);
        }
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
        var days = await sql.DaysAsync(ct);
        var (unit, bars) = Histogram.Build(days, request.From, request.To);
        var unfiltered = request.Source is null ? total : await TotalAsync(scope with { Request = request with { Source = null } }, ct);
        int? among = unfiltered > _options.FacetWindow && !(request with { Source = null }).IsWholeArchive ? _options.FacetWindow : null;
        var sources = await sql.SourcesAsync(MaxSources, among, ct);
        return new SearchFacets(sources, among, days.GetValueOrDefault(0), unit, bars);
    }

    /// <summary>One search's request, connection and archive generation; keys of its cache entries.</summary>
    private sealed record Scope(SearchRequest Request, SqliteConnection Connection, string Generation)
    {
        public string Key(string what) => $"{what}\u001e{Generation}\u001e{Request.ScopeKey}";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "FTS5 refused the search expression {Expression}")]
    private static partial void LogRefused(ILogger logger, Exception exception, string expression);
}
