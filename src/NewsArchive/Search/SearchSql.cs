using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>
/// The SQL of one search. With a query the matching set is the FTS5 table (rowid = <c>Articles.SortKey</c>,
/// chronological), without one it is the Articles table (its SortKey index); either way a date window is a
/// key range, newest-first is the key descending, and only the rows of the page shown are read in full.
/// </summary>
internal sealed class SearchSql(SearchRequest request, SqliteConnection connection)
{
    private const string Fts = FullTextIndex.Table;

    private string Key => request.IsSearch ? Fts + ".rowid" : "a.SortKey";

    /// <summary>
    /// The matching set; with a query, Articles is joined only when a column of it is needed (a source). The join
    /// keeps FTS5 in charge of the order (a <c>rowid IN (subquery)</c> filter makes <c>ORDER BY rank</c> score row by row).
    /// </summary>
    private string Table(bool withArticles) => !request.IsSearch ? "Articles a" : withArticles ? $"{Fts} JOIN Articles a ON a.SortKey = {Fts}.rowid" : Fts;

    private bool NeedsArticles => request.Source is not null;

    public async Task<int> CountAsync(CancellationToken ct)
    {
        await using var command = Command($"SELECT count(*) FROM {Table(NeedsArticles)} WHERE {Where()}");
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    /// <summary>With a bounded rank window: the lowest key relevance ranks (the window's oldest match).</summary>
    public long? RankFloor { get; set; }

    /// <summary>
    /// The page: its keys in order and, for a search, each row's snippet, computed by FTS5 for the rows returned only
    /// (an extra <c>MATCH … AND rowid IN (…)</c> pass to get them costs 10–60 ms on a large doclist).
    /// </summary>
    public async Task<List<(long Key, string? Snippet)>> PageAsync(int skip, int take, CancellationToken ct)
    {
        var order = request.Sort switch
        {
            SearchSort.Relevance when request.IsSearch => Fts + ".rank",
            SearchSort.Oldest => Key,
            _ => Key + " DESC",
        };
        var snippet = request.IsSearch ? $"snippet({Fts}, 1, $open, $close, '…', 24)" : "NULL";
        var floor = RankFloor is null ? "" : $" AND {Key} >= $floor";
        var command = Command($"SELECT {Key}, {snippet} FROM {Table(NeedsArticles)} WHERE {Where()}{floor} ORDER BY {order} LIMIT $take OFFSET $skip");
        command.Parameters.AddWithValue("$take", take);
        command.Parameters.AddWithValue("$skip", skip);
        command.Parameters.AddWithValue("$floor", RankFloor ?? 0);
        command.Parameters.AddWithValue("$open", MarkedText.Open.ToString());
        command.Parameters.AddWithValue("$close", MarkedText.Close.ToString());
        return await ReadAsync(command, r => (r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1)), ct);
    }

    /// <summary>The key of the <paramref name="count"/>-th newest match: a walk down the keys, no scoring, no row read.</summary>
    public async Task<long> NewestKeysFloorAsync(int count, CancellationToken ct)
    {
        var command = Command($"SELECT {Key} FROM {Table(NeedsArticles)} WHERE {Where()} ORDER BY {Key} DESC LIMIT 1 OFFSET $skip");
        command.Parameters.AddWithValue("$skip", count - 1);
        var keys = await ReadAsync(command, r => r.GetInt64(0), ct);
        return keys.Count == 0 ? long.MinValue : keys[0];
    }

    /// <summary>The page's articles in page order: a lookup by the unique SortKey index each (browse: an excerpt of the body).</summary>
    public async Task<List<SearchHit>> HitsAsync(IReadOnlyList<(long Key, string? Snippet)> page, CancellationToken ct)
    {
        if (page.Count == 0)
        {
            return [];
        }
        var list = string.Join(", ", page.Select((_, i) => "$k" + i.ToString(CultureInfo.InvariantCulture)));
        var excerpt = request.IsSearch ? "NULL" : "substr(Body, 1, 400)";
        var command = Command($"SELECT Id, Slug, Title, PublishedOn, Source, SortKey, {excerpt} FROM Articles WHERE SortKey IN ({list})");
        for (var i = 0; i < page.Count; i++)
        {
            command.Parameters.AddWithValue("$k" + i.ToString(CultureInfo.InvariantCulture), page[i].Key);
        }
        var snippets = page.ToDictionary(p => p.Key, p => p.Snippet);
        var rows = await ReadAsync(command, r => (Key: r.GetInt64(5), Hit: ReadHit(r, snippets[r.GetInt64(5)])), ct);
        var byKey = rows.ToDictionary(r => r.Key, r => r.Hit);
        return page.Where(p => byKey.ContainsKey(p.Key)).Select(p => byKey[p.Key]).ToList();
    }

    /// <summary>Matches per day (ignoring the date filters); day 0 holds the undated ones.</summary>
    public async Task<Dictionary<long, int>> DaysAsync(CancellationToken ct)
    {
        var command = Command($"SELECT {Key} >> {SortKeys.SequenceBits} AS Day, count(*) FROM {Table(NeedsArticles)} WHERE {Where(dates: false)} GROUP BY Day");
        var rows = await ReadAsync(command, r => (Day: r.GetInt64(0), Count: r.GetInt32(1)), ct);
        return rows.ToDictionary(r => r.Day, r => r.Count);
    }

    /// <summary>
    /// Matches per source (ignoring the source filter), most first; with <paramref name="newest"/>, among that
    /// many newest matches only (each counted match is a row lookup in Articles).
    /// </summary>
    public async Task<List<SourceCount>> SourcesAsync(int limit, int? newest, CancellationToken ct)
    {
        var from = newest is null
            ? $"{Table(withArticles: true)} WHERE {Where(source: false)}"
            : $"(SELECT {Key} AS Match FROM {Table(withArticles: false)} WHERE {Where(source: false)} ORDER BY {Key} DESC LIMIT $newest) m "
                + "JOIN Articles a ON a.SortKey = m.Match WHERE 1";
        var command = Command($"SELECT a.Source, count(*) FROM {from} AND a.Source IS NOT NULL GROUP BY a.Source ORDER BY count(*) DESC, a.Source LIMIT $limit");
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$newest", newest ?? 0);
        return await ReadAsync(command, r => new SourceCount(r.GetString(0), r.GetInt32(1)), ct);
    }

    private string Where(bool dates = true, bool source = true)
    {
        var parts = new List<string>();
        if (request.IsSearch)
        {
            parts.Add($"{Fts} MATCH $match");
        }
        if (dates && (request.From is not null || request.To is not null || request.UndatedOnly))
        {
            parts.Add($"{Key} BETWEEN $lo AND $hi");
        }
        if (source && request.Source is not null)
        {
            parts.Add("a.Source = $source");
        }
        return parts.Count == 0 ? "1" : string.Join(" AND ", parts);
    }

    /// <summary>A command with the scope's parameters; a date window never includes undated articles (keys below every dated day).</summary>
    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$match", request.Query.MatchExpression ?? "");
        command.Parameters.AddWithValue("$lo", request.UndatedOnly ? 0 : SortKeys.Lower(request.From ?? DateOnly.MinValue));
        command.Parameters.AddWithValue("$hi", request.UndatedOnly ? SortKeys.UndatedUpper : SortKeys.Upper(request.To ?? DateOnly.MaxValue));
        command.Parameters.AddWithValue("$source", request.Source ?? "");
        return command;
    }

    private static SearchHit ReadHit(DbDataReader r, string? marked)
    {
        var snippet = marked is not null ? MarkedText.ToHtml(marked) : System.Net.WebUtility.HtmlEncode(MarkedText.Excerpt(r.IsDBNull(6) ? "" : r.GetString(6), 240));
        var published = r.IsDBNull(3) ? (DateOnly?)null : DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new SearchHit(r.GetInt32(0), r.GetString(1), r.GetString(2), published, r.IsDBNull(4) ? null : r.GetString(4), snippet);
    }

    private static async Task<List<T>> ReadAsync<T>(SqliteCommand command, Func<DbDataReader, T> read, CancellationToken ct)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            var list = new List<T>();
            while (await reader.ReadAsync(ct))
            {
                list.Add(read(reader));
            }
            return list;
        }
    }
}
