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
    private readonly List<DbCommand> _all = [];
    private readonly DocumentCounts _counts;
    private readonly StoryIndex _index;
    private readonly HeldSketches _held;
    // The rows written for every article, bound by position (RawStatement): Microsoft.Data.Sqlite binds each named
    // parameter by a search through the statement's names at every execution, which cost more than SQLite's insert.
    private readonly RawStatement _insertKey, _upsertDocs, _insertSketch, _insertKeySet, _deleteKeySet, _readKeySets, _anyKeyRows;
    // The story rows' writes, bound by position too: a few for every article that joins a story.
    private readonly RawStatement _setStory, _setArticleStory, _insertStory, _updateStory, _deleteStory;
    private readonly DbCommand _docs, _countSketches, _deleteDocs, _bandCandidates, _termCandidates;
    private readonly SketchReader _readSketch;
    private readonly DbCommand _deleteSketch, _deleteKeys;
    private readonly DbCommand _setCopyOf, _setArticleCopyOf, _copyMembers, _storyMembers, _anyStories;

    /// <summary>
    /// Each changed story's row as it now is (first report, dates, size), written once at <see cref="FlushAsync"/>
    /// rather than at every article that joins it: a story's row was updated once a member, most of them in the same
    /// transaction. Only the writer's thread touches it (the placing queues the change for the writer to record).
    /// </summary>
    private readonly Dictionary<int, (int First, int? FirstDay, int? LastDay, int Size)> _storyRows = [];

    /// <summary>
    /// While placing ahead of the writer (<see cref="DeferInto"/>): where the database writes go, as operations the
    /// writer runs later in the same order; null when they run at once.
    /// </summary>
    private List<Func<CancellationToken, Task>>? _deferred;

    public StoryStore(DbConnection connection, DbTransaction? transaction, DocumentCounts counts)
    {
        _counts = counts;
        _index = counts.Index;
        _held = counts.Sketches;
        DbCommand Prepare(string sql, params string[] parameters)
        {
            var command = PreparedCommands.Create(connection, transaction!, sql, parameters);
            _all.Add(command);
            return command;
        }
        var sqlite = (Microsoft.Data.Sqlite.SqliteConnection)connection;
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
        _readSketch = new SketchReader(sqlite);
        _insertSketch = new RawStatement(sqlite, "INSERT INTO StorySketches (ArticleId, Day, Source, StoryId, CopyOfId, MinHash, Terms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);");
        _deleteSketch = Prepare("DELETE FROM StorySketches WHERE ArticleId = @Id;", "Id");
        _insertKey = new RawStatement(sqlite, "INSERT OR IGNORE INTO StoryKeys (Key, Day, ArticleId) VALUES (?1, ?2, ?3);");
        _insertKeySet = new RawStatement(sqlite, "INSERT OR REPLACE INTO StoryKeySets (ArticleId, Day, Keys) VALUES (?1, ?2, ?3);");
        _deleteKeySet = new RawStatement(sqlite, "DELETE FROM StoryKeySets WHERE ArticleId = ?1;");
        _readKeySets = new RawStatement(sqlite, "SELECT ArticleId, Day, Keys FROM StoryKeySets ORDER BY ArticleId;");
        _anyKeyRows = new RawStatement(sqlite, "SELECT EXISTS (SELECT 1 FROM StoryKeys);");
        _deleteKeys = Prepare("DELETE FROM StoryKeys WHERE Key = @Key AND Day = @Day AND ArticleId = @Id;", "Key", "Day", "Id");
        _upsertDocs = new RawStatement(sqlite, "INSERT INTO StoryTerms (Term, Docs) VALUES (?1, ?2) ON CONFLICT (Term) DO UPDATE SET Docs = excluded.Docs;");
        _setStory = new RawStatement(sqlite, "UPDATE StorySketches SET StoryId = ?1 WHERE ArticleId = ?2;");
        _setArticleStory = new RawStatement(sqlite, "UPDATE Articles SET StoryId = ?1 WHERE Id = ?2;");
        _setCopyOf = Prepare("UPDATE StorySketches SET CopyOfId = @CopyOfId WHERE ArticleId = @Id;", "CopyOfId", "Id");
        _setArticleCopyOf = Prepare("UPDATE Articles SET CopyOfId = @CopyOfId WHERE Id = @Id;", "CopyOfId", "Id");
        _copyMembers = Prepare("SELECT ArticleId FROM StorySketches WHERE CopyOfId = @Id ORDER BY ArticleId;", "Id");
        _storyMembers = Prepare("SELECT ArticleId, Day FROM StorySketches WHERE StoryId = @StoryId ORDER BY Day = 0, Day, ArticleId;", "StoryId");
        _insertStory = new RawStatement(sqlite, "INSERT INTO Stories (Title, FirstArticleId, FirstPublished, LastPublished, Size) VALUES ('', 0, NULL, NULL, 0) RETURNING Id;");
        _updateStory = new RawStatement(sqlite, "UPDATE Stories SET Title = coalesce((SELECT Title FROM Articles WHERE Id = ?1), ''), FirstArticleId = ?1, "
            + "FirstPublished = ?2, LastPublished = ?3, Size = ?4 WHERE Id = ?5;");
        _deleteStory = new RawStatement(sqlite, "DELETE FROM Stories WHERE Id = ?1;");
        _anyStories = Prepare("SELECT EXISTS (SELECT 1 FROM Stories);");
    }

    /// <summary>
    /// From now on the database writes are queued to <paramref name="operations"/> (for the writer to run, in order,
    /// later) instead of run, and what placing would read from the database is read from memory
    /// (<see cref="DocumentCounts.Deferred"/>, the held sketches, a complete index); null runs them at once again.
    /// Reading the database while deferring throws: the caller (<see cref="StoryFinder.CanDefer"/>) only defers when
    /// nothing needs to be read.
    /// </summary>
    public void DeferInto(List<Func<CancellationToken, Task>>? operations) => _deferred = operations;

    /// <summary>Whether the Stories table has a row.</summary>
    public async Task<bool> AnyStoriesAsync(CancellationToken ct) => Convert.ToInt32(await _anyStories.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) != 0;

    /// <summary>Runs a write now, or queues it while deferring; a write run now stops the run's in-memory stories (they would not see it).</summary>
    private Task WriteAsync(Func<CancellationToken, Task> write, CancellationToken ct)
    {
        if (_deferred is { } queue)
        {
            queue.Add(write);
            return Task.CompletedTask;
        }
        _counts.Deferred?.Stop();
        return write(ct);
    }

    private void NotWhileDeferring()
    {
        if (_deferred is not null)
        {
            throw new InvalidOperationException("Placing ahead of the writer would read the database (a case StoryFinder.CanDefer should have excluded).");
        }
    }

    /// <summary>
    /// Reads every term's document count into <paramref name="counts"/> once (one table scan; a query a term cost a
    /// fifth of the import); every term is then known or in no article.
    /// </summary>
    public async Task LoadCountsAsync(DocumentCounts counts, CancellationToken ct)
    {
        if (counts.Articles >= 0)
        {
            return;
        }
        NotWhileDeferring();
        counts.Articles = Convert.ToInt32(await _countSketches.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        await using var r = await _docs.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            counts.Load(r.GetInt64(0), r.GetInt32(1));
        }
    }

    /// <summary>
    /// Loads the archive's key sets into the index, once a run (before its first placement: a run that only removes
    /// articles never needs them), in article order. A set that does not fit (the index full) becomes rows of
    /// <c>StoryKeys</c> here, in the run's transaction, so every article's keys stay findable.
    /// </summary>
    public void LoadIndex()
    {
        if (_index.Loaded)
        {
            return;
        }
        NotWhileDeferring();
        var spilled = new List<(int ArticleId, int Day, long[] Bands, long[] Terms)>();
        var r = _readKeySets;
        if (_counts.Articles > 0)
        {
            // Every sketched article has its key set here or its key rows: room for them all at once.
            _index.Reserve(_counts.Articles);
        }
        var keys = new long[64];
        try
        {
            while (r.Step())
            {
                var (id, day) = (r.GetInt32(0), r.GetInt32(1));
                var (bandCount, termCount) = Codec.ReadKeys(r.GetBlob(2), ref keys);
                var (bands, terms) = (new ArraySegment<long>(keys, 0, bandCount), new ArraySegment<long>(keys, bandCount, termCount));
                if (!_index.TryAdd(id, day, bands, terms))
                {
                    spilled.Add((id, day, [.. bands], [.. terms]));
                }
            }
        }
        finally
        {
            r.Reset();
        }
        foreach (var (id, day, bands, terms) in spilled)
        {
            WriteKeyRows(id, day, bands, terms);
            _deleteKeySet.Bind(1, id);
            _deleteKeySet.Execute();
        }
        bool keyRows;
        try
        {
            keyRows = _anyKeyRows.Step() && _anyKeyRows.GetInt32(0) != 0;
        }
        finally
        {
            _anyKeyRows.Reset();
        }
        _index.FinishLoad(keyRows);
    }

    /// <summary>Writes the changed term counts.</summary>
    public async Task FlushAsync(DocumentCounts counts, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        WriteStoryRows();
        var changes = counts.TakeChanges();
        foreach (var (term, docs) in changes)
        {
            if (docs > 0)
            {
                _upsertDocs.Bind(1, term);
                _upsertDocs.Bind(2, docs);
                _upsertDocs.Execute();
            }
        }
        foreach (var (term, _) in changes.Where(c => c.Docs == 0))
        {
            _deleteDocs.Parameters["@Term"].Value = term;
            await _deleteDocs.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>An article's keys as rows of <c>StoryKeys</c> (an article the index does not hold), in key order (each row goes in next to the one before when their keys are close).</summary>
    private void WriteKeyRows(int articleId, int day, IReadOnlyList<long> bandKeys, IReadOnlyList<long> termKeys)
    {
        foreach (var row in bandKeys.Select(b => (Key: b, Day: 0)).Concat(termKeys.Select(t => (Key: t, Day: day))).Distinct().Order())
        {
            WriteKey((row.Key, row.Day, articleId));
        }
    }

    private void WriteKey((long Key, int Day, int ArticleId) row)
    {
        _insertKey.Bind(1, row.Key);
        _insertKey.Bind(2, row.Day);
        _insertKey.Bind(3, row.ArticleId);
        _insertKey.Execute();
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
        NotWhileDeferring();
        Bind(_bandCandidates, "b", bands, StoryTuning.Bands);
        _bandCandidates.Parameters["@Limit"].Value = StoryTuning.MaxKeyRows;
        ids.AddRange((await ReadIdsAsync(_bandCandidates, ct)).Where(id => !_index.Holds(id)));
        return ids;
    }

    /// <summary>The articles sharing one of <paramref name="keys"/> within the day window (undated: any), one (key, article) row a shared key.</summary>
    /// <remarks>The list is this store's, reused: it is valid until the next call.</remarks>
    public async Task<List<(long Key, int ArticleId)>> TermCandidatesAsync(IReadOnlyList<long> keys, int day, CancellationToken ct)
    {
        var rows = _termRows;
        rows.Clear();
        _index.TermCandidates(keys, day, StoryTuning.MaxKeyRows, rows);
        if (_index.Complete)
        {
            return rows;
        }
        NotWhileDeferring();
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

    private readonly List<(long Key, int ArticleId)> _termRows = new(StoryTuning.MaxKeyRows);

    /// <summary>An article's stored sketch (story and copy group as they are now), or null.</summary>
    public StoredSketch? ReadSketch(int id)
    {
        if (_held.Read(id, _counts) is { } held)
        {
            return held;
        }
        NotWhileDeferring();
        return _readSketch.Read(id);
    }

    /// <summary>An article's stored row read in place from the database (not the held sketches); dispose it before the next read.</summary>
    public StoredView ViewStored(int id)
    {
        NotWhileDeferring();
        return _readSketch.View(id);
    }

    public Task InsertAsync(StoredSketch s, string? source, IReadOnlyList<long> bandKeys, IEnumerable<long> terms, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var (minHash, termBytes) = s.Sketch.TakeStored();
        var sketchRow = WriteAsync(_ =>
        {
            var p = _insertSketch;
            p.Bind(1, s.ArticleId);
            p.Bind(2, s.Day);
            p.Bind(3, source);
            p.Bind(4, (long?)s.StoryId);
            p.Bind(5, (long?)s.CopyOfId);
            p.BindBlob(6, minHash);
            p.BindBlob(7, termBytes);
            p.Execute();
            return Task.CompletedTask;
        }, ct);
        var termKeys = new List<long>(StoryTuning.KeyTerms);
        foreach (var term in terms)
        {
            termKeys.Add(ArticleSketch.TermKey(term));
        }
        var (slots, counts) = _counts.Resolve(s.Sketch);
        if (_index.Count >= _held.ReleaseAt)
        {
            // The index grows to the end; the held sketches, of ever fewer of the candidates, make room for it.
            _held.Release();
        }
        var held = _held.TryAdd(s.ArticleId, s.Day, s.StoryId, s.CopyOfId, s.Sketch.MinHashArray, slots, counts);
        if (_deferred is not null)
        {
            _counts.Deferred!.Add(s.StoryId, s.ArticleId, s.Day);
            if (!held)
            {
                // A later candidate may be this one, and only the database would hold its sketch.
                _counts.Deferred.Stop();
            }
        }
        Task keyRows;
        if (_index.TryAdd(s.ArticleId, s.Day, bandKeys, termKeys))
        {
            // Held: its keys are one row, loaded into the next run's index (an article's keys are here or in StoryKeys, never both).
            var keySet = Codec.WriteKeys(bandKeys, termKeys);
            keyRows = WriteAsync(_ =>
            {
                _insertKeySet.Bind(1, s.ArticleId);
                _insertKeySet.Bind(2, s.Day);
                _insertKeySet.BindBlob(3, keySet);
                _insertKeySet.Execute();
                return Task.CompletedTask;
            }, ct);
        }
        else
        {
            var bands = bandKeys.ToArray();
            keyRows = WriteAsync(_ =>
            {
                WriteKeyRows(s.ArticleId, s.Day, bands, termKeys);
                return Task.CompletedTask;
            }, ct);
        }
        return Task.WhenAll(sketchRow, keyRows);
    }

    /// <summary>
    /// Deletes an article's sketch and keys: its key set, or (when it has none: stored before key sets, or past the
    /// index) its rows of <c>StoryKeys</c>, found from the sketch (there is no index by article): its band keys, and a
    /// key for each of its lead terms (its key terms are among them), on its day.
    /// </summary>
    public async Task DeleteAsync(StoredSketch stored, CancellationToken ct)
    {
        NotWhileDeferring();
        _counts.Deferred?.Stop();
        var id = stored.ArticleId;
        _held.Remove(id);
        if (_index.Holds(id))
        {
            _index.Remove(id, stored.Sketch.BandKeyArray, stored.Sketch.TermArray.Select(t => ArticleSketch.TermKey(t.Term)));
        }
        _deleteKeySet.Bind(1, id);
        _deleteKeySet.Execute();
        if (_deleteKeySet.Changes > 0)
        {
            await ExecuteAsync(_deleteSketch, ct, ("@Id", id));
            return;
        }
        var keys = stored.Sketch.BandKeys().Select(b => (b, 0)).Concat(stored.Sketch.Terms.Select(t => (ArticleSketch.TermKey(t.Term), stored.Day)));
        foreach (var (key, day) in keys.Distinct())
        {
            await ExecuteAsync(_deleteKeys, ct, ("@Key", key), ("@Day", day), ("@Id", id));
        }
        await ExecuteAsync(_deleteSketch, ct, ("@Id", id));
    }

    /// <summary>Sets an article's story (sketch and article row; <paramref name="article"/> false when the article row is written by the caller).</summary>
    public Task SetStoryAsync(int id, int? storyId, bool article, CancellationToken ct)
    {
        if (_deferred is not null)
        {
            if (!_held.TryStoryOf(id, out var from, out var day))
            {
                throw new InvalidOperationException($"Placing ahead of the writer moved article {id}, whose sketch is not held.");
            }
            _counts.Deferred!.Move(id, day, from, storyId);
        }
        _held.SetStory(id, storyId);
        return WriteAsync(_ =>
        {
            SetStoryRow(_setStory, id, storyId);
            if (article)
            {
                SetStoryRow(_setArticleStory, id, storyId);
            }
            return Task.CompletedTask;
        }, ct);
    }

    public async Task SetCopyOfAsync(int id, int? copyOfId, CancellationToken ct)
    {
        NotWhileDeferring();
        _counts.Deferred?.Stop();
        _held.SetCopyOf(id, copyOfId);
        await ExecuteAsync(_setCopyOf, ct, ("@CopyOfId", copyOfId), ("@Id", id));
        await ExecuteAsync(_setArticleCopyOf, ct, ("@CopyOfId", copyOfId), ("@Id", id));
    }

    public async Task<List<int>> CopyMembersAsync(int rootId, CancellationToken ct)
    {
        NotWhileDeferring();
        _copyMembers.Parameters["@Id"].Value = rootId;
        return await ReadIdsAsync(_copyMembers, ct);
    }

    /// <summary>A story's members, first report first (dated by day, then undated; ties by id), with their days.</summary>
    public async Task<List<(int Id, int Day)>> StoryMembersAsync(int storyId, CancellationToken ct)
    {
        if (_deferred is not null)
        {
            return _counts.Deferred!.Members(storyId);
        }
        _storyMembers.Parameters["@StoryId"].Value = storyId;
        await using var r = await _storyMembers.ExecuteReaderAsync(ct);
        var members = new List<(int, int)>();
        while (await r.ReadAsync(ct))
        {
            members.Add((r.GetInt32(0), r.GetInt32(1)));
        }
        return members;
    }

    /// <summary>Inserts a story row and returns its id; while deferring, the id it will get (<see cref="DeferredStories.InsertStory"/>), checked when the row is written.</summary>
    public async Task<int> InsertStoryAsync(CancellationToken ct)
    {
        if (_deferred is { } queue)
        {
            var expected = _counts.Deferred!.InsertStory();
            queue.Add(async c =>
            {
                var id = await InsertStoryRowAsync(c);
                if (id != expected)
                {
                    throw new InvalidOperationException($"A story row got id {id} where the stories placed ahead of the writer gave it {expected}.");
                }
            });
            return expected;
        }
        _counts.Deferred?.Stop();
        return await InsertStoryRowAsync(ct);
    }

    private Task<int> InsertStoryRowAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var s = _insertStory;
        try
        {
            return Task.FromResult(s.Step() ? s.GetInt32(0) : throw new InvalidOperationException("The story row's insert returned no id."));
        }
        finally
        {
            s.Reset();
        }
    }

    /// <summary>Records a story's row as it now is, written at <see cref="FlushAsync"/> (see <see cref="_storyRows"/>).</summary>
    public Task UpdateStoryAsync(int storyId, int first, int? firstDay, int? lastDay, int size, CancellationToken ct) =>
        WriteAsync(_ =>
        {
            _storyRows[storyId] = (first, firstDay, lastDay, size);
            return Task.CompletedTask;
        }, ct);

    public Task DeleteStoryAsync(int storyId, CancellationToken ct)
    {
        if (_deferred is not null)
        {
            _counts.Deferred!.DeleteStory(storyId);
        }
        return WriteAsync(_ =>
        {
            // A story row deleted is not written (its id may be given again: a new story's row is recorded anew).
            _storyRows.Remove(storyId);
            _deleteStory.Bind(1, storyId);
            _deleteStory.Execute();
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>The changed stories' rows, by id: each story's last state, its title that of its first report.</summary>
    private void WriteStoryRows()
    {
        if (_storyRows.Count == 0)
        {
            return;
        }
        var ids = new int[_storyRows.Count];
        _storyRows.Keys.CopyTo(ids, 0);
        Array.Sort(ids);
        var s = _updateStory;
        foreach (var id in ids)
        {
            var (first, firstDay, lastDay, size) = _storyRows[id];
            s.Bind(1, first);
            s.Bind(2, ToDate(firstDay));
            s.Bind(3, ToDate(lastDay));
            s.Bind(4, size);
            s.Bind(5, id);
            s.Execute();
        }
        _storyRows.Clear();
    }

    private static void SetStoryRow(RawStatement statement, int id, int? storyId)
    {
        statement.Bind(1, (long?)storyId);
        statement.Bind(2, id);
        statement.Execute();
    }

    public void Dispose()
    {
        _all.ForEach(c => c.Dispose());
        _insertKey.Dispose();
        _insertKeySet.Dispose();
        _deleteKeySet.Dispose();
        _readKeySets.Dispose();
        _anyKeyRows.Dispose();
        _upsertDocs.Dispose();
        _insertSketch.Dispose();
        _readSketch.Dispose();
        _setStory.Dispose();
        _setArticleStory.Dispose();
        _insertStory.Dispose();
        _updateStory.Dispose();
        _deleteStory.Dispose();
    }

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
