using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Boilerplate;
using NewsArchive.Data;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Document;
using NewsArchive.Stories;

namespace NewsArchive.Importing;

/// <summary>
/// Decides each file's outcome and writes the batches, <see cref="BatchesPerTransaction"/> to a transaction. Rows go through prepared
/// statements (<see cref="ImportSession"/>) rather than EF Core's change tracker, which at archive scale cost
/// more than SQLite and the FTS5 index together; nothing of a stored article is read back to update it.
/// </summary>
internal sealed class ImportBatchWriter(
    ArchiveDbContext db, IArticleParser parser, LearnedLines learned, TimeProvider clock, bool dryRun, DocumentCounts? stories, ImportPhases? phases = null)
    : IAsyncDisposable
{
    /// <summary>
    /// Batches (of <see cref="ArchiveBatch.Size"/> files, loaded while the one before is written) per transaction once
    /// an import has written that many batches one by one: each commit writes the pages it dirtied, and the slug and
    /// sort-key indexes and the learner's line counts (see <see cref="LineCountApplyFraction"/>) are keyed at random,
    /// so in a large import ten batches to a transaction write those pages a tenth as often. A small import commits every batch, as
    /// before. A crash loses at most the transaction in flight, which the next import redoes.
    /// </summary>
    public const int BatchesPerTransaction = 10;

    /// <summary>
    /// A transaction's line-count changes are applied to <c>LineCounts</c> (and the waiting ones with them) once the
    /// changes waiting reach this fraction of its rows; until then each transaction stores its own to wait
    /// (<see cref="LineCountCommands.DeferAsync"/>). Applying dirties pages all over the table whatever the number
    /// of changes, so past a few hundred thousand articles applying every transaction rewrote the whole table each
    /// time; this way the pages written grow with the archive, not with its square. A small archive still applies
    /// every transaction. Lines are learned when changes are applied, so at most an eighth of the archive so far is
    /// parsed without a line that reached the threshold meanwhile; the learner re-parses those (as it does the
    /// articles parsed before a line was learned).
    /// </summary>
    internal static int LineCountApplyFraction { get; set; } = 8;

    private ImportSession? _session;
    private int _batchesInSession;
    private int _batchesCommitted;
    private int _learnedAtParse = int.MaxValue;
    private long _lineRows = -1;
    private long _linesWaiting;

    private readonly ImportPhases _phases = phases ?? new ImportPhases();
    private readonly SortKeyAllocator _sortKeys = new(db, preload: true);
    private readonly BatchLines _lines = new();

    /// <summary>
    /// Starts reading, hashing and parsing a batch on the thread pool, with the boilerplate lines learned so far
    /// (a snapshot taken now), so it can run while the batch before it is written.
    /// </summary>
    public Task<LoadedBatch> LoadAsync(IReadOnlyDictionary<string, KnownArticle> known, SeedFile[] files, CancellationToken ct)
    {
        var (texts, learnedAtParse) = learned.Snapshot();
        var now = clock.GetUtcNow().UtcDateTime;
        return Task.Run(async () => new LoadedBatch(await FileLoader.LoadAsync(files, known, parser, texts, now, dryRun ? null : stories, _phases, ct), learnedAtParse), ct);
    }

    public async Task WriteBatchAsync(ImportTally tally, LoadedBatch batch, Action<ImportProgress> report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var session = dryRun ? null : _session ??= await ImportSession.BeginAsync(db, ct, stories, _phases);
        var results = new List<ImportFileResult>(batch.Files.Length);
        var writes = new List<PendingWrite>(batch.Files.Length);
        // One span for the batch's deciding and writing: the thread's CPU clock is read as it begins and ends.
        var span = _phases.Writer;
        span.Begin();
        foreach (var file in batch.Files)
        {
            ct.ThrowIfCancellationRequested();
            report(tally.Snapshot(file.File.RelativePath));
            await DecideAsync(tally, file, session is not null, results, writes, ct);
        }
        span.Lap(ImportPhases.Decide);
        if (session is not null)
        {
            await WriteArticlesAsync(session, writes, ct);
            writes.Clear();
            // The oldest snapshot of the batches whose line changes wait: a line learned after it may need their articles re-parsed.
            _learnedAtParse = Math.Min(_learnedAtParse, batch.LearnedAtParse);
        }
        foreach (var result in results)
        {
            await RecordAsync(tally, result, session, ct);
        }
        span.Lap(ImportPhases.Results);
        if (session is not null && ++_batchesInSession == (_batchesCommitted < BatchesPerTransaction ? 1 : BatchesPerTransaction))
        {
            await CommitTransactionAsync(tally, last: false, ct);
        }
        span.End();
        report(tally.Snapshot(null));
    }

    /// <summary>Commits the transaction in flight, if any, applying the line-count changes waiting (after the last batch, and before marking missing articles).</summary>
    public async Task FlushAsync(ImportTally tally, CancellationToken ct)
    {
        if (_session is null && _linesWaiting > 0)
        {
            // The last batch ended a transaction whose line-count changes wait: the import does not end with them waiting.
            _session = await ImportSession.BeginAsync(db, ct, stories, _phases);
        }
        if (_session is not null)
        {
            await CommitTransactionAsync(tally, last: true, ct);
            _phases.Writer.End();
        }
    }

    /// <summary>
    /// Applies the line-count changes (learning what reached the threshold) or stores them to wait (see
    /// <see cref="LineCountApplyFraction"/>; the import's last transaction always applies), writes the run's counts,
    /// and commits.
    /// </summary>
    private async Task CommitTransactionAsync(ImportTally tally, bool last, CancellationToken ct)
    {
        var session = _session!;
        // The commit's phases are spans of their own: they read and write pages, whose wall time is not CPU as the rest's is.
        var span = _phases.Writer;
        span.Cut();
        if (_lineRows < 0)
        {
            _lineRows = await session.Lines.CountRowsAsync(ct);
        }
        _linesWaiting += _lines.Count;
        if (last || _linesWaiting * LineCountApplyFraction >= _lineRows)
        {
            _lineRows += await session.Lines.ApplyAsync(_lines, learned, _learnedAtParse, ct);
            _linesWaiting = 0;
            // The oldest snapshot since changes were last applied is what ParsedWithout compares against.
            _learnedAtParse = int.MaxValue;
        }
        else
        {
            await session.Lines.DeferAsync(_lines, ct);
        }
        span.Lap(ImportPhases.LineCounts);
        span.Cut();
        // After the line counts' multi-row statements (a savepoint, at which FTS5 would flush what it holds). Laps fts.
        await session.Articles.FlushIndexAsync(ct);
        span.Cut();
        await CommitAsync(tally, session, ct);
        span.Lap(ImportPhases.Commit);
        _batchesCommitted += _batchesInSession;
        await DisposeAsync();
    }

    /// <summary>Ends the transaction in flight without committing it (a failed run): nothing of it is kept.</summary>
    public async ValueTask DisposeAsync()
    {
        var session = _session;
        _session = null;
        _batchesInSession = 0;
        // A transaction not committed takes its changes with it; those stored to wait are applied by the next import.
        _lines.Clear();
        if (session is not null)
        {
            await session.DisposeAsync();
        }
    }

    private async Task DecideAsync(
        ImportTally tally, LoadedFile file, bool write, List<ImportFileResult> results, List<PendingWrite> writes, CancellationToken ct)
    {
        var (result, pending) = await ImportFileAsync(tally, file, write, ct);
        tally.Count(result.Outcome);
        tally.Done++;
        results.Add(result);
        if (pending is not null)
        {
            writes.Add(pending);
        }
    }

    public async Task MarkMissingAsync(ImportTally tally, CancellationToken ct)
    {
        var gone = tally.Known.Where(k => !tally.Seen.Contains(k.Key)).OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
        foreach (var chunk in gone.Chunk(ArchiveBatch.Size))
        {
            await using var session = dryRun ? null : await ImportSession.BeginAsync(db, ct);
            if (session is not null)
            {
                var ids = chunk.Where(k => !k.Value.IsMissing).Select(k => k.Value.Id).ToList();
                await db.Articles.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsMissing, true), ct);
            }
            foreach (var (sourceFile, known) in chunk)
            {
                tally.Count(ImportOutcome.Missing);
                await RecordAsync(tally, Missing(tally.Run, sourceFile, known), session, ct);
            }
            await CommitAsync(tally, session, ct);
        }
    }

    /// <summary>A batch's files, read and parsed, and how many lines had been learned during the import when they were parsed.</summary>
    internal sealed record LoadedBatch(LoadedFile[] Files, int LearnedAtParse);

    /// <summary>An article decided on but not yet written, so a batch can be written in sort-key order.</summary>
    private sealed record PendingWrite(ImportFileResult Result, Article Article, KnownArticle? Known, long? NewSortKey, ArticleSketch? Sketch, BatchLines.LineKeys? Lines)
    {
        public long Key => NewSortKey ?? Known!.SortKey;
    }

    /// <summary>
    /// Writes in rising sort key (the FTS5 rowid) order: FTS5 flushes its pending terms to a new segment whenever
    /// a rowid comes lower than the last one, so files in name order with scattered dates would otherwise cost a
    /// segment, and later merges, per article. While the run can (<see cref="StoryFinder.TryBeginDeferringAsync"/>),
    /// the articles are placed in stories ahead of the rows, on a thread of their own (<see cref="WriteAheadAsync"/>);
    /// from the first article that cannot be, they are placed here, one by one, before their rows.
    /// </summary>
    private async Task WriteArticlesAsync(ImportSession session, List<PendingWrite> writes, CancellationToken ct)
    {
        var span = _phases.Writer;
        var sorted = writes.OrderBy(w => w.Key).ToList();
        span.Lap(ImportPhases.SortKeys);
        var written = 0;
        if (session.Stories is { } finder && sorted.Exists(w => w.Sketch is not null) && await finder.TryBeginDeferringAsync(ct))
        {
            written = await WriteAheadAsync(session, finder, sorted, ct);
        }
        for (var i = written; i < sorted.Count; i++)
        {
            var write = sorted[i];
            var placement = await PlaceAsync(session.Stories, write, ct);
            span.Lap(ImportPhases.Stories);
            // ArticleCommands laps the row (article-rows) and its index entry (fts).
            var id = write.Known is null
                ? await session.Articles.InsertAsync(write.Article, ct)
                : await UpdateAsync(session, write, ct);
            write.Result.ArticleId = id;
            if (placement is not null)
            {
                await session.Stories!.AddAsync(id, write.Sketch!, write.Article.PublishedOn, write.Article.Source, placement, ct);
            }
            span.Lap(ImportPhases.Stories);
            _lines.Add(id, write.Lines ?? BatchLines.Keys(write.Article.RawText, write.Article.LineRoles));
            span.Lap(ImportPhases.LineCounts);
        }
    }

    /// <summary>An article placed ahead of its row: the id its row will get, and the story writes to run before and after the row.</summary>
    private sealed record PlacedAhead(int Id, List<Func<CancellationToken, Task>> BeforeRow, List<Func<CancellationToken, Task>> AfterRow);

    /// <summary>
    /// Places the batch's articles on a thread of their own (<see cref="PlaceAhead"/>) while this one writes
    /// each placed article's row, its story writes (queued by the placing, run here in its order) and its line keys;
    /// returns how many of <paramref name="sorted"/> were written so (the placing stops at the first article it
    /// cannot place from memory). The placing ends before this returns or throws: when a write fails or the import is
    /// cancelled it is cancelled and awaited, so no other thread touches the run's story state after the batch (a
    /// failed batch fails the run, whose state goes with it; the transaction rolls back).
    /// </summary>
    private async Task<int> WriteAheadAsync(ImportSession session, StoryFinder finder, List<PendingWrite> sorted, CancellationToken ct)
    {
        var firstId = await session.Articles.NextIdAsync(ct);
        // A blocking queue, and a thread of the placing's own: the loading threads keep the thread pool busy, and a
        // writer or placing that waited for a pool thread behind their work would wait for each article.
        using var queue = new BlockingCollection<PlacedAhead>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var placing = Task.Factory.StartNew(
            () => PlaceAhead(finder, sorted, firstId, queue, _phases, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var written = 0;
        var finished = false;
        var span = _phases.Writer;
        try
        {
            while (TakeNext(queue, span, ct) is { } placed)
            {
                var write = sorted[written];
                await RunAsync(placed.BeforeRow, ct);
                span.Lap(ImportPhases.Stories);
                // Laps article-rows and fts.
                var id = await session.Articles.InsertAsync(write.Article, ct);
                if (id != placed.Id)
                {
                    throw new InvalidOperationException($"The article {write.Result.SourceFile} got id {id} where its story was placed for id {placed.Id}.");
                }
                write.Result.ArticleId = id;
                await RunAsync(placed.AfterRow, ct);
                span.Lap(ImportPhases.Stories);
                _lines.Add(id, write.Lines ?? BatchLines.Keys(write.Article.RawText, write.Article.LineRoles));
                span.Lap(ImportPhases.LineCounts);
                written++;
            }
            // The placing's error, if it failed (a wait: the placing thread may still be finishing).
            await span.WaitAsync(placing);
            finished = true;
            return written;
        }
        finally
        {
            if (!finished)
            {
                await stop.CancelAsync();
                await Task.WhenAny(placing);
                _ = placing.Exception;
            }
        }
    }

    /// <summary>
    /// The next article placed ahead, or null when the placing is done. The writer waits when it has caught up with the
    /// placing: what it did since its last lap is stories (taking from the queue), and the wait counts in no phase.
    /// </summary>
    private static PlacedAhead? TakeNext(BlockingCollection<PlacedAhead> queue, ImportPhases.PhaseSpan span, CancellationToken ct)
    {
        if (queue.TryTake(out var placed))
        {
            return placed;
        }
        span.Lap(ImportPhases.Stories);
        var taken = queue.TryTake(out placed, Timeout.Infinite, ct);
        span.Skip();
        return taken ? placed : null;
    }

    private static async Task RunAsync(List<Func<CancellationToken, Task>> writes, CancellationToken ct)
    {
        foreach (var write in writes)
        {
            await write(ct);
        }
    }

    /// <summary>
    /// On the placing thread: places each new article of <paramref name="sorted"/> in turn (ids from
    /// <paramref name="firstId"/> up, as the writer will insert them), until one cannot be placed from memory (an
    /// update, or the run's index or held sketches no longer cover every candidate), which stops placing ahead for the
    /// rest of the run; hands each placed article to the writer as it is done.
    /// </summary>
    private static void PlaceAhead(
        StoryFinder finder, List<PendingWrite> sorted, int firstId, BlockingCollection<PlacedAhead> placed, ImportPhases phases, CancellationToken ct)
    {
        // One span for the batch's placing: every article's placing is place-ahead, and so the span's CPU (the thread's).
        var span = phases.Begin();
        try
        {
            var id = firstId;
            foreach (var write in sorted)
            {
                ct.ThrowIfCancellationRequested();
                if (write.Known is not null || !finder.CanDefer)
                {
                    finder.StopDeferring();
                    break;
                }
                var (before, after) = (new List<Func<CancellationToken, Task>>(), new List<Func<CancellationToken, Task>>());
                if (write.Sketch is not null)
                {
                    // Completes at once: placing ahead reads nothing from the database, and queues what it writes.
                    var placement = finder.PlaceDeferredAsync(id, write.Sketch, write.Article.PublishedOn, write.Article.Source, before, after, ct).GetAwaiter().GetResult();
                    write.Article.StoryId = placement.StoryId;
                    write.Article.CopyOfId = placement.CopyOfId;
                }
                placed.Add(new PlacedAhead(id++, before, after), ct);
                span.Lap(ImportPhases.PlaceAhead);
            }
        }
        finally
        {
            placed.CompleteAdding();
            span.End();
        }
    }

    /// <summary>Decides the article's story before its row is written (a changed article first leaves its old one).</summary>
    private static async Task<StoryPlacement?> PlaceAsync(StoryFinder? stories, PendingWrite write, CancellationToken ct)
    {
        if (stories is null || write.Sketch is null)
        {
            return null;
        }
        if (write.Known is not null)
        {
            await stories.RemoveAsync(write.Known.Id, ct);
        }
        var placement = await stories.PlaceAsync(write.Sketch, write.Article.PublishedOn, ct);
        write.Article.StoryId = placement.StoryId;
        write.Article.CopyOfId = placement.CopyOfId;
        return placement;
    }

    /// <summary>Overwrites the stored article; the lines of the text it replaces no longer count for the learner.</summary>
    private async Task<int> UpdateAsync(ImportSession session, PendingWrite write, CancellationToken ct)
    {
        if (await session.Articles.UpdateAsync(write.Article, write.NewSortKey, ct) is { } old)
        {
            _lines.Remove(write.Known!.Id, old.RawText, old.LineRoles);
            _phases.Writer.Lap(ImportPhases.LineCounts);
        }
        return write.Known!.Id;
    }

    /// <summary>Stores a file's result; only a dry run, which stores nothing, keeps its results on the run (for the preview page).</summary>
    private static async Task RecordAsync(ImportTally tally, ImportFileResult result, ImportSession? session, CancellationToken ct)
    {
        if (session is not null)
        {
            await session.AddResultAsync(result, ct);
        }
        else
        {
            tally.Run.Files.Add(result);
        }
    }

    private static async Task CommitAsync(ImportTally tally, ImportSession? session, CancellationToken ct)
    {
        if (session is not null)
        {
            await session.SaveRunAsync(tally.Run, ct);
            await session.CommitAsync(ct);
        }
    }

    private static ImportFileResult Missing(ImportRun run, string sourceFile, KnownArticle known) => new()
    {
        ImportRunId = run.Id,
        SourceFile = sourceFile,
        Outcome = ImportOutcome.Missing,
        ArticleId = known.Id,
        Message = "The file is no longer in the seeds folder; its article is kept.",
    };

    private async Task<(ImportFileResult, PendingWrite?)> ImportFileAsync(ImportTally tally, LoadedFile file, bool write, CancellationToken ct)
    {
        var result = new ImportFileResult { ImportRunId = tally.Run.Id, SourceFile = file.File.RelativePath };
        if (file.Known is not null)
        {
            // Only stored articles can go missing: a first import of a million files keeps no set of their paths.
            tally.Seen.Add(file.File.RelativePath);
        }
        if (file.ReadError is not null)
        {
            return (Fail(result, file.ReadError), null);
        }
        if (file.Unchanged)
        {
            result.Outcome = ImportOutcome.Unchanged;
            result.ArticleId = file.Known!.Id;
            result.Message = file.ReadNote;
            return (result, null);
        }
        if (file.Parsed?.Article is not { } parsed)
        {
            return (Fail(result, file.Parsed?.Error ?? "The file could not be parsed."), null);
        }
        result.Outcome = file.Known is null ? ImportOutcome.Added : ImportOutcome.Updated;
        var notes = parsed.Warnings.Prepend(file.ReadNote).OfType<string>().ToList();
        result.Message = notes.Count == 0 ? null : string.Join(" ", notes);
        if (!write)
        {
            return (result, null);
        }
        var article = file.Mapped;
        return article is null
            ? (Fail(result, "The parsed article could not be stored (its fields did not map); the other files were imported."), null)
            : (result, await PrepareAsync(result, file.Known, article, parsed.PublishedOn, file.Sketch, file.LineKeys, ct));
    }

    private static ImportFileResult Fail(ImportFileResult result, string error)
    {
        result.Outcome = ImportOutcome.Failed;
        result.Message = error;
        return result;
    }

    private async Task<PendingWrite> PrepareAsync(
        ImportFileResult result, KnownArticle? known, Article article, DateOnly? publishedOn, ArticleSketch? sketch, BatchLines.LineKeys? lines, CancellationToken ct)
    {
        var span = _phases.Writer;
        span.Lap(ImportPhases.Decide);
        long? sortKey = known is null || known.PublishedOn != publishedOn ? await _sortKeys.NextAsync(publishedOn, ct) : null;
        span.Lap(ImportPhases.SortKeys);
        article.SortKey = sortKey ?? known!.SortKey;
        return new PendingWrite(result, article, known, sortKey, sketch, lines);
    }
}
