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
    private readonly DbCommand _docs, _countSketches, _upsertDocs, _deleteDocs, _bandCandidates, _termCandidates;
    private readonly DbCommand _readSketch, _insertSketch, _deleteSketch, _insertKey, _deleteKeys;
    private readonly DbCommand _setStory, _setArticleStory, _setCopyOf, _setArticleCopyOf, _copyMembers, _storyMembers;
    private readonly DbCommand _insertStory, _updateStory, _deleteStory;

    public StoryStore(DbConnection connection, DbTransaction? transaction)
    {
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
        _upsertDocs = Prepare("INSERT INTO StoryTerms (Term, Docs) VALUES (@Term, @Docs) ON CONFLICT (Term) DO UPDATE SET Docs = excluded.Docs;", "Term", "Docs");
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
        _deleteKeys = Prepare("DELETE FROM StoryKeys WHERE ArticleId = @Id;", "Id");
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
        await using var r = await _docs.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            counts.Load(r.GetInt64(0), r.GetInt32(1));
        }
    }

    public async Task FlushAsync(DocumentCounts counts, CancellationToken ct)
    {
        foreach (var (term, docs) in counts.TakeChanges())
        {
            var command = docs == 0 ? _deleteDocs : _upsertDocs;
            command.Parameters["@Term"].Value = term;
            if (docs > 0)
            {
                command.Parameters["@Docs"].Value = docs;
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public Task<List<int>> BandCandidatesAsync(IReadOnlyList<long> bands, CancellationToken ct)
    {
        Bind(_bandCandidates, "b", bands, StoryTuning.Bands);
        _bandCandidates.Parameters["@Limit"].Value = StoryTuning.MaxKeyRows;
        return ReadIdsAsync(_bandCandidates, ct);
    }

    /// <summary>The articles sharing one of <paramref name="keys"/> within the day window (undated: any), one (key, article) row a shared key.</summary>
    public async Task<List<(long Key, int ArticleId)>> TermCandidatesAsync(IReadOnlyList<long> keys, int day, CancellationToken ct)
    {
        Bind(_termCandidates, "t", keys, StoryTuning.KeyTerms);
        _termCandidates.Parameters["@Lo"].Value = day == 0 ? 1 : day - StoryTuning.WindowDays;
        _termCandidates.Parameters["@Hi"].Value = day == 0 ? int.MaxValue : day + StoryTuning.WindowDays;
        _termCandidates.Parameters["@Limit"].Value = StoryTuning.MaxKeyRows;
        await using var r = await _termCandidates.ExecuteReaderAsync(ct);
        var rows = new List<(long, int)>();
        while (await r.ReadAsync(ct))
        {
            rows.Add((r.GetInt64(0), r.GetInt32(1)));
        }
        return rows;
    }

    public async Task<StoredSketch?> ReadSketchAsync(int id, CancellationToken ct)
    {
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
        p["@MinHash"].Value = s.Sketch.StoredMinHash();
        p["@Terms"].Value = s.Sketch.StoredTerms();
        await _insertSketch.ExecuteNonQueryAsync(ct);
        // In key order: each row goes in next to the one before when their keys are close (fewer pages touched).
        var keys = bands.Select(b => (Key: b, Day: 0)).Concat(terms.Select(t => (Key: ArticleSketch.TermKey(t), s.Day))).Order().ToList();
        if (keys.Count == 0)
        {
            return;
        }
        for (var i = 0; i < KeySlots; i++)
        {
            // Unused slots repeat the first key (INSERT OR IGNORE keeps one row).
            var (key, day) = keys[i < keys.Count ? i : 0];
            var slot = i.ToString(CultureInfo.InvariantCulture);
            _insertKey.Parameters["@k" + slot].Value = key;
            _insertKey.Parameters["@d" + slot].Value = day;
        }
        _insertKey.Parameters["@Id"].Value = s.ArticleId;
        await _insertKey.ExecuteNonQueryAsync(ct);
    }

    public async Task DeleteAsync(int id, CancellationToken ct)
    {
        await ExecuteAsync(_deleteKeys, ct, ("@Id", id));
        await ExecuteAsync(_deleteSketch, ct, ("@Id", id));
    }

    /// <summary>Sets an article's story (sketch and article row; <paramref name="article"/> false when the article row is written by the caller).</summary>
    public async Task SetStoryAsync(int id, int? storyId, bool article, CancellationToken ct)
    {
        await ExecuteAsync(_setStory, ct, ("@StoryId", storyId), ("@Id", id));
        if (article)
        {
            await ExecuteAsync(_setArticleStory, ct, ("@StoryId", storyId), ("@Id", id));
        }
    }

    public async Task SetCopyOfAsync(int id, int? copyOfId, CancellationToken ct)
    {
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
