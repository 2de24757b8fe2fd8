using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>Runs a <see cref="SearchRequest"/>: browse (no query) or full-text search, one page with its facets.</summary>
public sealed partial class ArticleSearch(ArchiveDbContext db, ILogger<ArticleSearch> logger)
{
    public const int MaxSources = 20;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query.IsUnusable)
        {
            return SearchResults.Empty(request.PageSize);
        }
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var sql = new SearchSql(request, connection);
        try
        {
            var total = await sql.CountAsync(ct);
            var page = Math.Min(request.Page, Math.Max(1, (int)Math.Ceiling(total / (double)request.PageSize)));
            var keys = await sql.PageKeysAsync((page - 1) * request.PageSize, request.PageSize, ct);
            var items = await sql.HitsAsync(keys, ct);
            var days = await sql.DaysAsync(ct);
            var (unit, bars) = Histogram.Build(days, request.From, request.To);
            var sources = await sql.SourcesAsync(MaxSources, ct);
            var suggestion = total == 0 && request.IsSearch ? await new Suggestions(connection).SuggestAsync(request.Query, ct) : null;
            return new SearchResults(total, page, request.PageSize, items, sources, days.GetValueOrDefault(0), unit, bars, suggestion);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 1 && request.IsSearch)
        {
            // Terms are always quoted, so this should not happen; if FTS5 still refuses one, the reader gets no results, not an error page.
            LogRefused(logger, ex, request.Query.MatchExpression!);
            return SearchResults.Empty(request.PageSize);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "FTS5 refused the search expression {Expression}")]
    private static partial void LogRefused(ILogger logger, Exception exception, string expression);
}
