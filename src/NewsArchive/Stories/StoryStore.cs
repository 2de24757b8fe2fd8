using System.Data.Common;
using System.Globalization;
using NewsArchive.Data;

namespace NewsArchive.Stories;

/// <summary>
/// The story finder's SQL, prepared on one connection and transaction (an import batch's, so stories commit or roll
/// back with the articles). Every lookup goes through an index: keys by key and day, sketches and members by id.
/// </summary>
internal sealed class StoryStore : IDisposable
{
    /// <summary>
    /// Rows a statement when the transaction's keys and term counts are written (unused rows repeat the first: the
    /// same row again changes nothing). Not more: Microsoft.Data.Sqlite binds each parameter by name at every
    /// execution, a search through the statement's names, so a statement's cost grows with the square of its
    /// parameters (at 20,000 articles the commit phase took 1.3 s at 20 rows, 1.8 s at 100).
    /// </summary>
    private const int KeyRowsPerStatement = 20;

    private readonly List<DbCommand> _all = [];
    private readonly StoryIndex _index;
    private readonly List<(long Key, int Day, int ArticleId)> _pendingKeys = [];
    private readonly DbCommand _insertKeys, _upsertManyDocs;
    private readonly DbCommand _docs, _countSketches, _deleteDocs, _bandCandidates, _termCandidates;
    private readonly DbCommand _readSketch, _insertSketch, _deleteSketch, _insertKey, _deleteKeys;
    private readonly DbCommand _setStory, _setArticleStory, _setCopyOf, _setArticleCopyOf, _copyMembers, _storyMembers;
    private readonly DbCommand _insertStory, _updateStory, _deleteStory;

    public StoryStore(DbConnection connection, DbTransaction? transaction, StoryIndex index)
    {
        _index = index;
        DbCommand Prepare(string sql, params string[] parameters)
        {
            var command = PreparedCommands.Create(connection, transaction!, sql, parameters);
            _all.Add(command);
            return command;
        }
        var bands = Enumerable.Range(0, StoryTuning.Bands).Select(i => "b" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var terms = Enumerable.Range(0, StoryTuning.KeyTerms).Select(i => "t" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        _docs = Prepare("SELECT Term, Docs FROM StoryTerms;");
        _countSketches = Prepare("SELECT count(*) FROM StorySketches;");
        _deleteDocs = Prepare("DELETE FROM StoryTerms WHERE Term = @Term;", "Term");
        _bandCandidates = Prepare($"SELECT ArticleId FROM StoryKeys WHERE Key IN ({string.Join(", ", bands.Select(b => "@" + b))}) AND Day = 0 LIMIT @Limit;", [.. bands, "Limit"]);
        // Two key ranges, not one OR: with the OR SQLite reads every row of each key, of every day (profiled: the
        // largest part of an import's story cost at 100,000 articles), and filters the day after.
        var termList = string.Join(", ", terms.Select(t => "@" + t));
        _termCandidates = Prepare($"SELECT Key, ArticleId FROM StoryKeys WHERE Key IN ({termList}) AND Day BETWEEN @Lo AND @Hi "
            + $"UNION ALL SELECT Key, ArticleId FROM StoryKeys WHERE Key IN ({termList}) AND Day = 0 LIMIT @Limit;", [.. terms, "Lo", "Hi", "Limit"]);
        _readSketch = Prepare("SELECT Day, Source, StoryId, CopyOfId, MinHash, Terms FROM StorySketches WHERE ArticleId = @Id;", "Id");
        _insertSketch = Prepare("INSERT INTO StorySketches (ArticleId, Day, Source, StoryId, CopyOfId, MinHash, Terms) VALUES (@Id, @Day, @Source, @StoryId, @CopyOfId, @MinHash, @Terms);",
            "Id", "Day", "Source", "StoryId", "CopyOfId", "MinHash", "Terms");
        _deleteSketch = Prepare("DELETE FROM StorySketches WHERE ArticleId = @Id;", "Id");
        var keySlots = Enumerable.Range(0, KeySlots).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        // One statement for all of an article's keys (a statement each cost more than the rest of the story finder).
        _insertKey = Prepare("INSERT OR IGNORE INTO StoryKeys (Key, Day, ArticleId) VALUES " + string.Join(", ", keySlots.Select(i => $"(@k{i}, @d{i}, @Id)")) + ";",
            [.. keySlots.Select(i => "k" + i), .. keySlots.Select(i => "d" + i), "Id"]);
        var rows = Enumerable.Range(0, KeyRowsPerStatement).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        _insertKeys = Prepare("INSERT OR IGNORE INTO StoryKeys (Key, Day, ArticleId) VALUES " + string.Join(", ", rows.Select(i => $"(@k{i}, @d{i}, @a{i})")) + ";",
            [.. rows.Select(i => "k" + i), .. rows.Select(i => "d" + i), .. rows.Select(i => "a" + i)]);
        _deleteKeys = Prepare("DELETE FROM StoryKeys WHERE Key = @Key AND Day = @Day AND ArticleId = @Id;", "Key", "Day", "Id");
        _upsertManyDocs = Prepare("INSERT INTO StoryTerms (Term, Docs) VALUES " + string.Join(", ", rows.Select(i => $"(@t{i}, @n{i})"))
            + " ON CONFLICT (Term) DO UPDATE SET Docs = excluded.Docs;", [.. rows.Select(i => "t" + i), .. rows.Select(i => "n" + i)]);
        _setStory = Prepare("UPDATE StorySketches SET StoryId = @StoryId WHERE ArticleId = @Id;", "StoryId", "Id");
        _setArticleStory = Prepare("UPDATE Articles SET StoryId = @StoryId WHERE Id = @Id;", "StoryId", "Id");
        _setCopyOf = Prepare("UPDATE StorySketches SET CopyOfId = @CopyOfId WHERE ArticleId = @Id;", "CopyOfId", "Id");
        _setArticleCopyOf = Prepare("UPDATE Articles SET CopyOfId = @CopyOfId WHERE Id = @Id;", "CopyOfId", "Id");
        _copyMembers = Prepare("SELECT ArticleId FROM StorySketches WHERE CopyOfId = @Id ORDER BY ArticleId;", "Id");
        _storyMembers = Prepare("SELECT ArticleId, Day FROM StorySketches WHERE StoryId = @StoryId ORDER BY Day = 0, Day, ArticleId;", "StoryId");
        _insertStory = Prepare("INSERT INTO Stories (Title, FirstArticleId, FirstPublished, LastPublished, Size) VALUES ('', 0, NULL, NULL, 0); SELECT last_insert_rowid();");
        _updateStory = Prepare("UPDATE Stories SET Title = coalesce((SELECT Title FROM Articles WHERE Id = @First), ''), FirstArticleId = @First, "
            + "FirstPublished = @FirstPublished, LastPublished = @LastPublished, Size = @Size WHERE Id = @StoryId;",
            "First", "FirstPublished", "LastPublished", "Size", "StoryId");
        _deleteStory = Prepare("DELETE FROM Stories WHERE Id = @StoryId;", "StoryId");
    }

    private const int KeySlots = StoryTuning.Bands + StoryTuning.KeyTerms;

    /// <summary>
    /// Reads every term's document count into <paramref name="counts"/> once (one table scan; a query a term cost a
    /// fifth of the import); <paramref name="terms"/> are then known or in no article.
    /// </summary>
    public async Task LoadCountsAsync(DocumentCounts counts, IEnumerable<(long Term, byte Count)> terms, CancellationToken ct)
    {
        if (counts.Articles >= 0)
        {
            return;
        }
        counts.Articles = Convert.ToInt32(await _countSketches.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        _index.Start(counts.Articles);
        await using var r = await _docs.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            counts.Load(r.GetInt64(0), r.GetInt32(1));
        }
    }

    /// <summary>Writes the transaction's held keys and the changed term counts.</summary>
    public async Task FlushAsync(DocumentCounts counts, CancellationToken ct)
    {
        await WritePendingKeysAsync(ct);
        var changes = counts.TakeChanges();
        var kept = changes.Where(c => c.Docs > 0).ToList();
        // KeyRowsPerStatement rows a statement (a statement a term cost twice SQLite's upsert); unused rows repeat the first.
        var q = _upsertManyDocs.Parameters;
        for (var start = 0; start < kept.Count; start += KeyRowsPerStatement)
        {
            for (var i = 0; i < KeyRowsPerStatement; i++)
            {
                var (term, docs) = kept[start + i < kept.Count ? start + i : start];
                q[i].Value = term;
                q[KeyRowsPerStatement + i].Value = docs;
            }
            await _upsertManyDocs.ExecuteNonQueryAsync(ct);
        }
        foreach (var (term, _) in changes.Where(c => c.Docs == 0))
        {
            _deleteDocs.Parameters["@Term"].Value = term;
            await _deleteDocs.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Writes the held articles' keys not yet in the database, in key order (each page of the key table is visited once).</summary>
    private async Task WritePendingKeysAsync(CancellationToken ct)
    {
        _pendingKeys.Sort();
        var p = _insertKeys.Parameters;
        for (var start = 0; start < _pendingKeys.Count; start += KeyRowsPerStatement)
        {
            for (var i = 0; i < KeyRowsPerStatement; i++)
            {
                var (key, day, id) = _pendingKeys[start + i < _pendingKeys.Count ? start + i : start];
                // By position: the parameters were added k0…, d0…, a0… (a lookup by name a value cost more than SQLite's insert).
                p[i].Value = key;
                p[KeyRowsPerStatement + i].Value = day;
                p[(2 * KeyRowsPerStatement) + i].Value = id;
            }
            await _insertKeys.ExecuteNonQueryAsync(ct);
        }
        _pendingKeys.Clear();
        _pendingKeys.TrimExcess();
    }

    /// <summary>The articles sharing a band key: the run's held ones, and (when the run does not hold them all) the database's others.</summary>
    public async Task<List<int>> BandCandidatesAsync(IReadOnlyList<long> bands, CancellationToken ct)
    {
        var ids = new List<int>();
        _index.BandCandidates(bands, StoryTuning.MaxCandidates, ids);
        if (_index.Complete || bands.Count == 0)
        {
            return ids;
        }
        Bind(_bandCandidates, "b", bands, StoryTuning.Bands);
        _bandCandidates.Parameters["@Limit"].Value = StoryTuning.MaxKeyRows;
        ids.AddRange((await ReadIdsAsync(_bandCandidates, ct)).Where(id => !_index.Holds(id)));
        return ids;
    }

    /// <summary>The articles sharing one of <paramref name="keys"/> within the day window (undated: any), one (key, article) row a shared key.</summary>
    public async Task<List<(long Key, int ArticleId)>> TermCandidatesAsync(IReadOnlyList<long> keys, int day, CancellationToken ct)
    {
        var rows = new List<(long, int)>();
        _index.TermCandidates(keys, day, StoryTuning.MaxKeyRows, rows);
        if (_index.Complete)
        {
            return rows;
        }
        Bind(_termCandidates, "t", keys, StoryTuning.KeyTerms);
        _termCandidates.Parameters["@Lo"].Value = day == 0 ? 1 : day - StoryTuning.WindowDays;
        _termCandidates.Parameters["@Hi"].Value = day == 0 ? int.MaxValue : day + StoryTuning.WindowDays;
        _termCandidates.Parameters["@Limit"].Value = StoryTuning.MaxKeyRows;
        await using var r = await _termCandidates.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            if (!_index.Holds(r.GetInt32(1)))
            {
                rows.Add((r.GetInt64(0), r.GetInt32(1)));
            }
        }
        return rows;
    }

    public async Task<StoredSketch?> ReadSketchAsync(int id, CancellationToken ct)
    {
        if (_index.Read(id) is { } held)
        {
            return held;
        }
        _readSketch.Parameters["@Id"].Value = id;
        await using var r = await _readSketch.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct))
        {
            return null;
        }
        return new StoredSketch(id, r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetInt32(2), r.IsDBNull(3) ? null : r.GetInt32(3),
            ArticleSketch.FromStored((byte[])r.GetValue(4), (byte[])r.GetValue(5)));
    }

    public async Task InsertAsync(StoredSketch s, IEnumerable<long> bands, IEnumerable<long> terms, CancellationToken ct)
    {
        var p = _insertSketch.Parameters;
        p["@Id"].Value = s.ArticleId;
        p["@Day"].Value = s.Day;
        p["@Source"].Value = (object?)s.Source ?? DBNull.Value;
        p["@StoryId"].Value = s.StoryId is { } story ? story : DBNull.Value;
        p["@CopyOfId"].Value = s.CopyOfId is { } copy ? copy : DBNull.Value;
        var (minHash, termBytes) = (s.Sketch.StoredMinHash(), s.Sketch.StoredTerms());
        p["@MinHash"].Value = minHash;
        p["@Terms"].Value = termBytes;
        await _insertSketch.ExecuteNonQueryAsync(ct);
        // In key order: each row goes in next to the one before when their keys are close (fewer pages touched).
        var termKeys = terms.Select(ArticleSketch.TermKey).ToList();
        var bandKeys = bands as IReadOnlyCollection<long> ?? [.. bands];
        if (_index.TryAdd(s, minHash, termBytes, bandKeys, termKeys))
        {
            // Held: written with the transaction's others, in key order, when it commits (FlushAsync; INSERT OR IGNORE drops repeats).
            foreach (var key in bandKeys)
            {
                _pendingKeys.Add((key, 0, s.ArticleId));
            }
            foreach (var key in termKeys)
            {
                _pendingKeys.Add((key, s.Day, s.ArticleId));
            }
            return;
        }
        if (!_index.Released)
        {
            // The run outgrew the index: the database is asked for every candidate from now on, so the held keys go
            // there now (same transaction) and the index gives its memory back.
            await WritePendingKeysAsync(ct);
            _index.Release();
        }
        var keys = bandKeys.Select(b => (Key: b, Day: 0)).Concat(termKeys.Select(t => (Key: t, s.Day))).Distinct().Order().ToArray();
        if (keys.Length == 0)
        {
            return;
        }
        for (var i = 0; i < KeySlots; i++)
        {
            // Unused slots repeat the first key (INSERT OR IGNORE keeps one row).
            var (key, day) = keys[i < keys.Length ? i : 0];
            var slot = i.ToString(CultureInfo.InvariantCulture);
            _insertKey.Parameters["@k" + slot].Value = key;
            _insertKey.Parameters["@d" + slot].Value = day;
        }
        _insertKey.Parameters["@Id"].Value = s.ArticleId;
        await _insertKey.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Deletes an article's sketch and keys. The keys are found from the sketch (there is no index by article): its
    /// band keys, and a key for each of its lead terms (its key terms are among them), on its day.
    /// </summary>
    public async Task DeleteAsync(StoredSketch stored, CancellationToken ct)
    {
        var id = stored.ArticleId;
        if (_index.Holds(id))
        {
            _index.Remove(id);
            _pendingKeys.RemoveAll(k => k.ArticleId == id);
        }
        var keys = stored.Sketch.BandKeys().Select(b => (b, 0)).Concat(stored.Sketch.Terms.Select(t => (ArticleSketch.TermKey(t.Term), stored.Day)));
        foreach (var (key, day) in keys.Distinct())
        {
            await ExecuteAsync(_deleteKeys, ct, ("@Key", key), ("@Day", day), ("@Id", id));
        }
        await ExecuteAsync(_deleteSketch, ct, ("@Id", id));
    }

    /// <summary>Sets an article's story (sketch and article row; <paramref name="article"/> false when the article row is written by the caller).</summary>
    public async Task SetStoryAsync(int id, int? storyId, bool article, CancellationToken ct)
    {
        _index.SetStory(id, storyId);
        await ExecuteAsync(_setStory, ct, ("@StoryId", storyId), ("@Id", id));
        if (article)
        {
            await ExecuteAsync(_setArticleStory, ct, ("@StoryId", storyId), ("@Id", id));
        }
    }

    public async Task SetCopyOfAsync(int id, int? copyOfId, CancellationToken ct)
    {
        _index.SetCopyOf(id, copyOfId);
        await ExecuteAsync(_setCopyOf, ct, ("@CopyOfId", copyOfId), ("@Id", id));
        await ExecuteAsync(_setArticleCopyOf, ct, ("@CopyOfId", copyOfId), ("@Id", id));
    }

    public async Task<List<int>> CopyMembersAsync(int rootId, CancellationToken ct)
    {
        _copyMembers.Parameters["@Id"].Value = rootId;
        return await ReadIdsAsync(_copyMembers, ct);
    }

    /// <summary>A story's members, first report first (dated by day, then undated; ties by id), with their days.</summary>
    public async Task<List<(int Id, int Day)>> StoryMembersAsync(int storyId, CancellationToken ct)
    {
        _storyMembers.Parameters["@StoryId"].Value = storyId;
        await using var r = await _storyMembers.ExecuteReaderAsync(ct);
        var members = new List<(int, int)>();
        while (await r.ReadAsync(ct))
        {
            members.Add((r.GetInt32(0), r.GetInt32(1)));
        }
        return members;
    }

    public async Task<int> InsertStoryAsync(CancellationToken ct) =>
        Convert.ToInt32(await _insertStory.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);

    public Task UpdateStoryAsync(int storyId, int first, int? firstDay, int? lastDay, int size, CancellationToken ct) =>
        ExecuteAsync(_updateStory, ct, ("@First", first), ("@FirstPublished", ToDate(firstDay)), ("@LastPublished", ToDate(lastDay)), ("@Size", size), ("@StoryId", storyId));

    public Task DeleteStoryAsync(int storyId, CancellationToken ct) => ExecuteAsync(_deleteStory, ct, ("@StoryId", storyId));

    public void Dispose() => _all.ForEach(c => c.Dispose());

    /// <summary>Day numbers as stored (see <see cref="SortKeys.DayBase"/>): 0 undated, else DayNumber + 1.</summary>
    public static int DayOf(DateOnly? date) => date is { } d ? d.DayNumber + 1 : 0;

    private static DateOnly? ToDate(int? day) => day is > 0 ? DateOnly.FromDayNumber(day.Value - 1) : null;

    private static void Bind(DbCommand command, string prefix, IReadOnlyList<long> values, int slots)
    {
        for (var i = 0; i < slots; i++)
        {
            // Unused slots repeat the first value (or 0 for none): they find nothing more.
            command.Parameters["@" + prefix + i.ToString(CultureInfo.InvariantCulture)].Value = i < values.Count ? values[i] : values.Count > 0 ? values[0] : 0L;
        }
    }

    private static async Task<List<int>> ReadIdsAsync(DbCommand command, CancellationToken ct)
    {
        await using var r = await command.ExecuteReaderAsync(ct);
        var ids = new List<int>();
        while (await r.ReadAsync(ct))
        {
            ids.Add(r.GetInt32(0));
        }
        return ids;
    }

    private static async Task ExecuteAsync(DbCommand command, CancellationToken ct, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
        await command.ExecuteNonQueryAsync(ct);
    }
}
