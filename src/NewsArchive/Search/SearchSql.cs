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
        if (request.CollapseStories && request.IsSearch)
        {
            return await CollapsedPageAsync(skip, take, ct);
        }
        var stories = request.CollapseStories ? $" AND {FirstOfItsStory}" : "";
        if (request.Sort != SearchSort.Oldest || request.UndatedOnly)
        {
            return await PageOfAsync(skip, take, stories, ct);
        }
        // Oldest first, undated last: the dated matches by key (a key range, no sort), then the undated ones.
        var rows = await PageOfAsync(skip, take, $" AND {Key} > {SortKeys.UndatedUpper}{stories}", ct);
        if (rows.Count == take)
        {
            return rows;
        }
        await using var count = Command($"SELECT count(*) FROM {Table(NeedsArticles)} WHERE {Where()} AND {Key} > {SortKeys.UndatedUpper}{stories}");
        var dated = Convert.ToInt32(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        rows.AddRange(await PageOfAsync(Math.Max(0, skip - dated), take - rows.Count, $" AND {Key} <= {SortKeys.UndatedUpper}{stories}", ct));
        return rows;
    }

    /// <summary>
    /// Browsing grouped by story: an article alone, or the first of its story's members within the filters in the
    /// page's order (newest first: its newest; oldest first: its oldest dated, else its oldest). The page still
    /// walks the key index and stops at its last row; each member of a story costs one seek of the
    /// (StoryId, SortKey) index, no scan of the matches.
    /// </summary>
    private string FirstOfItsStory
    {
        get
        {
            var dates = request.From is not null || request.To is not null || request.UndatedOnly ? " AND m.SortKey BETWEEN $lo AND $hi" : "";
            var source = request.Source is not null ? " AND m.Source = $source" : "";
            var order = request.Sort == SearchSort.Oldest ? $"m.SortKey <= {SortKeys.UndatedUpper}, m.SortKey" : "m.SortKey DESC";
            return $"(a.StoryId IS NULL OR a.SortKey = (SELECT m.SortKey FROM Articles m WHERE m.StoryId = a.StoryId{dates}{source} ORDER BY {order} LIMIT 1))";
        }
    }

    private async Task<List<(long Key, string? Snippet)>> PageOfAsync(int skip, int take, string extra, CancellationToken ct)
    {
        // snippet() costs the square of an article's matches: long articles get theirs from a bounded excerpt (HitsAsync).
        var snippet = request.IsSearch ? $"CASE WHEN a.WordCount <= {BoundedHighlight.MaxWordsForFullSnippet} THEN snippet({Fts}, 1, $open, $close, '…', 24) END" : "NULL";
        var floor = RankFloor is null ? "" : $" AND {Key} >= $floor";
        var command = Command($"SELECT {Key}, {snippet} FROM {Table(NeedsArticles || request.IsSearch)} WHERE {Where()}{floor}{extra} ORDER BY {Order} LIMIT $take OFFSET $skip");
        command.Parameters.AddWithValue("$take", take);
        command.Parameters.AddWithValue("$skip", skip);
        command.Parameters.AddWithValue("$floor", RankFloor ?? 0);
        command.Parameters.AddWithValue("$open", MarkedText.Open.ToString());
        command.Parameters.AddWithValue("$close", MarkedText.Close.ToString());
        return await ReadAsync(command, r => (r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1)), ct);
    }

    /// <summary>The matches as (Key, Rank) rows, within the rank window when there is one.</summary>
    private string Matches(bool ranked) =>
        $"SELECT {Key} AS Key, {(ranked ? Fts + ".rank" : "0")} AS Rank FROM {Table(NeedsArticles)} WHERE {Where()}{(RankFloor is null ? "" : $" AND {Key} >= $floor")}";

    /// <summary>Each match with its story, read from a covering index (no article row is read): the row's story or, alone, itself.</summary>
    private string WithStories(bool ranked) =>
        $"({Matches(ranked)}) f JOIN Articles s INDEXED BY IX_Articles_SortKey_StoryId_CopyOfId ON s.SortKey = f.Key";

    /// <summary>How many stories the matches make (an article alone is a story of one), within the rank window when there is one.</summary>
    public async Task<int> StoryCountAsync(CancellationToken ct)
    {
        await using var command = Command($"SELECT count(DISTINCT coalesce(s.StoryId, -f.Key)) FROM {WithStories(ranked: false)}");
        command.Parameters.AddWithValue("$floor", RankFloor ?? 0);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// One row per story: its best match in the page's order (a window over the matches joined to their stories),
    /// then snippets for the page's rows only.
    /// </summary>
    private async Task<List<(long Key, string? Snippet)>> CollapsedPageAsync(int skip, int take, CancellationToken ct)
    {
        var ranked = request.Sort == SearchSort.Relevance;
        // Oldest first lists the undated matches (the lowest keys) last, as the ungrouped pages do.
        var order = ranked ? "Rank, Key DESC" : request.Sort == SearchSort.Oldest ? $"Key <= {SortKeys.UndatedUpper}, Key" : "Key DESC";
        var command = Command($"SELECT Key FROM (SELECT f.Key, f.Rank, row_number() OVER (PARTITION BY coalesce(s.StoryId, -f.Key) ORDER BY {order}) AS Nth "
            + $"FROM {WithStories(ranked)}) WHERE Nth = 1 ORDER BY {order} LIMIT $take OFFSET $skip");
        command.Parameters.AddWithValue("$take", take);
        command.Parameters.AddWithValue("$skip", skip);
        command.Parameters.AddWithValue("$floor", RankFloor ?? 0);
        var keys = await ReadAsync(command, r => r.GetInt64(0), ct);
        if (keys.Count == 0)
        {
            return [];
        }
        var list = string.Join(", ", keys.Select((_, i) => "$k" + i.ToString(CultureInfo.InvariantCulture)));
        // snippet() costs the square of an article's matches: long articles get theirs from a bounded excerpt (HitsAsync).
        var snippets = Command($"SELECT {Fts}.rowid, CASE WHEN a.WordCount <= {BoundedHighlight.MaxWordsForFullSnippet} THEN snippet({Fts}, 1, $open, $close, '…', 24) END "
            + $"FROM {Fts} JOIN Articles a ON a.SortKey = {Fts}.rowid WHERE {Fts} MATCH $match AND {Fts}.rowid IN ({list})");
        for (var i = 0; i < keys.Count; i++)
        {
            snippets.Parameters.AddWithValue("$k" + i.ToString(CultureInfo.InvariantCulture), keys[i]);
        }
        snippets.Parameters.AddWithValue("$open", MarkedText.Open.ToString());
        snippets.Parameters.AddWithValue("$close", MarkedText.Close.ToString());
        var byKey = (await ReadAsync(snippets, r => (Key: r.GetInt64(0), Snippet: r.IsDBNull(1) ? null : r.GetString(1)), ct)).ToDictionary(r => r.Key, r => r.Snippet);
        return keys.Select(k => (k, byKey.GetValueOrDefault(k))).ToList();
    }

    private string Order => request.Sort switch
    {
        SearchSort.Relevance when request.IsSearch => Fts + ".rank",
        SearchSort.Oldest => Key,
        _ => Key + " DESC",
    };

    /// <summary>
    /// Every match in the page's order, read one row at a time (an export): for relevance, the ranked window only;
    /// oldest first lists the dated matches, then the undated ones.
    /// </summary>
    public async IAsyncEnumerable<ExportRow> StreamAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var parts = request.Sort == SearchSort.Oldest && !request.UndatedOnly
            ? new[] { $" AND {Key} > {SortKeys.UndatedUpper}", $" AND {Key} <= {SortKeys.UndatedUpper}" }
            : [""];
        foreach (var extra in parts)
        {
            var floor = RankFloor is null ? "" : $" AND {Key} >= $floor";
            await using var command = Command($"SELECT a.Id, a.Slug, a.Title, a.PublishedOn, a.Source, a.WordCount FROM {Table(withArticles: true)} "
                + $"WHERE {Where()}{floor}{extra} ORDER BY {Order}");
            command.Parameters.AddWithValue("$floor", RankFloor ?? 0);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                yield return new ExportRow(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), ReadDay(reader, 3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt32(5));
            }
        }
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
        var excerpt = request.IsSearch
            ? $"CASE WHEN WordCount > {BoundedHighlight.MaxWordsForFullSnippet} THEN substr(Body, 1, {BoundedHighlight.SnippetChars}) END"
            : "substr(Body, 1, 400)";
        var command = Command($"SELECT Id, Slug, Title, PublishedOn, Source, SortKey, {excerpt}, TitleDerived, StoryId, CopyOfId FROM Articles WHERE SortKey IN ({list})");
        for (var i = 0; i < page.Count; i++)
        {
            command.Parameters.AddWithValue("$k" + i.ToString(CultureInfo.InvariantCulture), page[i].Key);
        }
        var snippets = page.ToDictionary(p => p.Key, p => p.Snippet);
        if (request.IsSearch)
        {
            await AddBoundedSnippetsAsync(snippets, ct);
        }
        var rows = await ReadAsync(command, r => (Key: r.GetInt64(5), Hit: ReadHit(r, snippets[r.GetInt64(5)])), ct);
        var byKey = rows.ToDictionary(r => r.Key, r => r.Hit);
        return page.Where(p => byKey.ContainsKey(p.Key)).Select(p => byKey[p.Key]).ToList();
    }

    /// <summary>Long articles' snippets, from the start of their body (a bounded excerpt); one with no term in it shows that start unmarked.</summary>
    private async Task AddBoundedSnippetsAsync(Dictionary<long, string?> snippets, CancellationToken ct)
    {
        var missing = snippets.Where(s => s.Value is null).Select(s => s.Key).ToList();
        if (missing.Count == 0 || request.Query.HighlightExpression is null)
        {
            return;
        }
        var list = string.Join(", ", missing.Select((_, i) => "$k" + i.ToString(CultureInfo.InvariantCulture)));
        var command = Command($"SELECT SortKey, substr(Body, 1, {BoundedHighlight.SnippetChars}) FROM Articles WHERE SortKey IN ({list})");
        for (var i = 0; i < missing.Count; i++)
        {
            command.Parameters.AddWithValue("$k" + i.ToString(CultureInfo.InvariantCulture), missing[i]);
        }
        var bodies = (await ReadAsync(command, r => (r.GetInt64(0), r.GetString(1)), ct)).ToDictionary(r => r.Item1, r => r.Item2);
        foreach (var (key, snippet) in await BoundedHighlight.SnippetsAsync(connection, bodies, request.Query.HighlightExpression, ct))
        {
            snippets[key] = snippet;
        }
    }

    /// <summary>Matches per day (ignoring the date filters); day 0 holds the undated ones.</summary>
    public async Task<Dictionary<long, int>> DaysAsync(CancellationToken ct)
    {
        var command = Command($"SELECT {Key} >> {SortKeys.SequenceBits} AS Day, count(*) FROM {Table(NeedsArticles)} WHERE {Where(dates: false)} GROUP BY Day");
        var rows = await ReadAsync(command, r => (Day: r.GetInt64(0), Count: r.GetInt32(1)), ct);
        return rows.ToDictionary(r => r.Day, r => r.Count);
    }

    /// <summary>
    /// Matches per source (ignoring the source filter), most first, at most <paramref name="limit"/> + 1 (so a caller
    /// knows there are more); with <paramref name="newest"/>, among that many newest matches only (each counted match
    /// is a row lookup in Articles). Last, with a null name, the matches no source is named for.
    /// </summary>
    public async Task<List<SourceCount>> SourcesAsync(int limit, int? newest, CancellationToken ct)
    {
        var from = newest is null
            ? $"{Table(withArticles: true)} WHERE {Where(source: false)}"
            : $"(SELECT {Key} AS Match FROM {Table(withArticles: false)} WHERE {Where(source: false)} ORDER BY {Key} DESC LIMIT $newest) m "
                + "JOIN Articles a ON a.SortKey = m.Match WHERE 1";
        var command = Command($"SELECT a.Source, count(*) FROM {from} AND a.Source IS NOT NULL GROUP BY a.Source ORDER BY count(*) DESC, a.Source LIMIT $limit");
        command.Parameters.AddWithValue("$limit", limit + 1);
        command.Parameters.AddWithValue("$newest", newest ?? 0);
        var sources = await ReadAsync(command, r => new SourceCount(r.GetString(0), r.GetInt32(1)), ct);
        var unnamed = Command($"SELECT count(*) FROM {from} AND a.Source IS NULL");
        unnamed.Parameters.AddWithValue("$newest", newest ?? 0);
        await using (unnamed)
        {
            sources.Add(new SourceCount(null, Convert.ToInt32(await unnamed.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture)));
        }
        return sources;
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
        var title = r.GetString(2);
        // A derived title is the article's first sentence: the snippet goes on from where the title stops.
        var text = marked ?? MarkedText.Excerpt(r.IsDBNull(6) ? "" : r.GetString(6), 400);
        if (r.GetBoolean(7))
        {
            text = MarkedText.WithoutLeading(text, title);
        }
        var snippet = marked is not null ? MarkedText.ToHtml(text) : System.Net.WebUtility.HtmlEncode(MarkedText.Excerpt(text.TrimStart('…'), 240));
        var published = ReadDay(r, 3);
        return new SearchHit(r.GetInt32(0), r.GetString(1), r.GetString(2), published, r.IsDBNull(4) ? null : r.GetString(4), snippet)
        {
            StoryId = r.IsDBNull(8) ? null : r.GetInt32(8),
            CopyOfId = r.IsDBNull(9) ? null : r.GetInt32(9),
        };
    }

    private static DateOnly? ReadDay(DbDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? null : DateOnly.ParseExact(r.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The source as stored, for a name that differs only in case (null when no article has it).</summary>
    public static async Task<string?> StoredSourceAsync(SqliteConnection connection, string source, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        // The exact name reads the Source index; only a miss scans for another case.
        command.CommandText = "SELECT coalesce((SELECT Source FROM Articles WHERE Source = $s LIMIT 1), (SELECT Source FROM Articles WHERE Source = $s COLLATE NOCASE LIMIT 1))";
        command.Parameters.AddWithValue("$s", source);
        return await command.ExecuteScalarAsync(ct) as string;
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
