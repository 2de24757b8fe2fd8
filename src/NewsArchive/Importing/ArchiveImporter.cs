using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsArchive.Boilerplate;
using NewsArchive.Data;
using NewsArchive.Parsing;
using NewsArchive.Stories;
using Microsoft.Extensions.Options;

namespace NewsArchive.Importing;

/// <summary>
/// Imports a seeds folder: upserts by <c>SourceFile</c>, skips files whose hash and parser version are
/// unchanged, records an <see cref="ImportRun"/> with one result a file, and writes in batches,
/// <see cref="ImportBatchWriter.BatchesPerTransaction"/> to a transaction, so a crash loses at most one transaction
/// and the next import completes the work.
/// </summary>
public sealed class ArchiveImporter(
    ArchiveDbContext db,
    IArticleParser parser,
    BoilerplateLearner learner,
    ImportGate gate,
    TimeProvider clock,
    IOptions<StoryOptions> storyOptions,
    ILogger<ArchiveImporter> logger)
{
    public const int BatchSize = ArchiveBatch.Size;

    /// <summary>Runs an import unless one is already running (then returns null).</summary>
    public async Task<ImportRun?> TryRunAsync(ImportRequest request, CancellationToken ct = default)
    {
        if (!gate.TryStart())
        {
            return null;
        }
        try
        {
            return await RunAsync(request, ct);
        }
        finally
        {
            gate.Finish();
        }
    }

    /// <summary>
    /// Runs an import; the caller holds the <see cref="ImportGate"/> (one import in this process). When another
    /// process is importing into the same database, nothing is started: the run returned is failed, not stored
    /// (<see cref="ImportRun.Id"/> 0), and its message says who is importing.
    /// </summary>
    public async Task<ImportRun> RunAsync(ImportRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = NewRun(request);
        ImportLease? lease = null;
        try
        {
            (lease, var heldBy) = await ImportLease.TryAcquireAsync(db.Database.GetConnectionString()!, clock, request.StartedBy, ct);
            if (lease is not null)
            {
                return await RunHoldingLeaseAsync(run, request, ct);
            }
            run.Status = ImportStatus.Failed;
            run.Message = $"An import is already running into this archive in {heldBy}; nothing was started.";
            IngestLog.Refused(logger, request.StartedBy, run.Message);
        }
        catch (Exception ex) when (lease is null && (ex is not OperationCanceledException || !ct.IsCancellationRequested))
        {
            // A locked or unreadable database can refuse even the lease: a failed run too, with nothing written.
            run.Status = ImportStatus.Failed;
            run.Message = ImportFailure.Describe(ex, request.Folder);
            IngestLog.RunFailed(logger, ex, run.Id, run.Message);
        }
        finally
        {
            if (lease is not null)
            {
                await lease.DisposeAsync();
                if (!request.DryRun)
                {
                    // Last, after the lease's own write: empty the log rather than leave it at its largest (see WriteAheadLog).
                    await WriteAheadLog.TruncateAsync(db);
                }
            }
        }
        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        return run;
    }

    private async Task<ImportRun> RunHoldingLeaseAsync(ImportRun run, ImportRequest request, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        var reparsed = 0;
        var phases = new ImportPhases();
        try
        {
            // Inside the try: a locked or full database can refuse even the run record, and that is a failed run too.
            await StartRunAsync(run, request.DryRun, ct);
            var files = SeedFolder.Enumerate(request.Folder);
            run.TotalFiles = files.Count;
            IngestLog.Started(logger, run.Id, request.StartedBy, request.Trigger, request.DryRun, request.Folder, files.Count);
            var tally = new ImportTally(run, await LoadKnownAsync(ct));
            var learned = await learner.StartAsync(request.DryRun, ct);
            // One run's story counts and index for the backfill, the batches and the re-placing of re-parsed articles:
            // each would otherwise read every term count and load every key set again (docs/stories.md).
            var stories = storyOptions.Value.FindAtImport ? new DocumentCounts() : null;
            if (stories is not null && !storyOptions.Value.PlaceAhead)
            {
                stories.NeverPlaceAhead();
            }
            stories?.Expect(files.Count);
            reparsed = await BackfillStoriesAsync(run, stories, ct);
            await using var writer = new ImportBatchWriter(db, parser, learned, clock, request.DryRun, stories, phases);
            await WriteBatchesAsync(writer, tally, files, phases, ct);
            await writer.FlushAsync(tally, ct);
            await writer.MarkMissingAsync(tally, ct);
            var learning = phases.Begin();
            reparsed += await LearnBoilerplateAsync(run, learned, stories, ct);
            learning.Lap(ImportPhases.Learn);
            learning.End();
            run.Status = ImportStatus.Succeeded;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            run.Status = ImportStatus.Failed;
            run.Message = ImportFailure.Describe(ex, request.Folder);
            IngestLog.RunFailed(logger, ex, run.Id, run.Message);
        }
        await FinishRunAsync(run, request.DryRun);
        await ArchiveGeneration.BumpAfterAsync(db, run, reparsed);
        IngestLog.Finished(logger, run.Id, run.Status, run.Added, run.Updated, run.Unchanged, run.Failed, run.Missing, stopwatch.Elapsed);
        IngestLog.Phases(logger, run.Id, phases);
        return run;
    }

    /// <summary>
    /// Writes the files a batch at a time, loading (reading, hashing, parsing: every core, no database) the next
    /// batch while one is written (one thread, SQLite), so parsing is off the writer's critical path.
    /// </summary>
    private async Task WriteBatchesAsync(ImportBatchWriter writer, ImportTally tally, IReadOnlyList<SeedFile> files, ImportPhases phases, CancellationToken ct)
    {
        using var batches = files.Chunk(BatchSize).GetEnumerator();
        var next = batches.MoveNext() ? writer.LoadAsync(tally.Known, batches.Current, ct) : null;
        try
        {
            while (next is not null)
            {
                var waiting = Stopwatch.GetTimestamp();
                var loaded = await next;
                phases.AddWall(ImportPhases.WaitForLoad, Stopwatch.GetTimestamp() - waiting);
                next = batches.MoveNext() ? writer.LoadAsync(tally.Known, batches.Current, ct) : null;
                await writer.WriteBatchAsync(tally, loaded, gate.Report, ct);
            }
        }
        finally
        {
            // A failed write leaves the next batch loading: let it end (its error, if any, is not the run's).
            if (next is not null)
            {
                await Task.WhenAny(next);
                _ = next.Exception;
            }
        }
    }

    /// <summary>
    /// Articles stored before stories existed get theirs before this run's files are written (they are the older
    /// ones); after the first run that finds them, this is one query that finds none. Returns how many were placed.
    /// </summary>
    private async Task<int> BackfillStoriesAsync(ImportRun run, DocumentCounts? stories, CancellationToken ct)
    {
        if (run.DryRun || stories is null)
        {
            return 0;
        }
        var placed = await new StoryMaintenance(db).BackfillAsync(stories, ct);
        if (placed > 0)
        {
            IngestLog.StoriesBackfilled(logger, run.Id, placed);
        }
        return placed;
    }

    /// <summary>New or changed articles may make lines recur across the archive: store what was learned and re-parse; returns how many were.</summary>
    private async Task<int> LearnBoilerplateAsync(ImportRun run, LearnedLines learned, DocumentCounts? stories, CancellationToken ct)
    {
        if (run.DryRun || (run.Added + run.Updated == 0 && learned.Fresh.Count == 0))
        {
            return 0;
        }
        var reparsed = await learner.LearnAsync(learned, ct);
        if (reparsed.Count > 0)
        {
            run.Message = $"Re-parsed {reparsed.Count} articles with lines learned to be boilerplate across the archive.";
            if (stories is not null)
            {
                // Their text changed: each leaves its story and is placed again (the run's counts and index are the
                // archive's as its last transaction committed them).
                await new StoryMaintenance(db).ReplaceAsync(reparsed, stories, ct);
            }
        }
        return reparsed.Count;
    }

    private ImportRun NewRun(ImportRequest request) => new()
    {
        Trigger = request.Trigger,
        StartedBy = request.StartedBy,
        DryRun = request.DryRun,
        StartedAt = clock.GetUtcNow().UtcDateTime,
        Status = ImportStatus.Running,
    };

    private async Task StartRunAsync(ImportRun run, bool dryRun, CancellationToken ct)
    {
        if (dryRun)
        {
            return;
        }
        await MarkInterruptedRunsAsync(ct);
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// A run still marked running when a new one starts (holding the lease, so no other process is importing) was
    /// cut off by a crash; say so.
    /// </summary>
    private async Task MarkInterruptedRunsAsync(CancellationToken ct)
    {
        var stale = await db.ImportRuns.Where(r => r.Status == ImportStatus.Running).ToListAsync(ct);
        foreach (var run in stale)
        {
            run.Status = ImportStatus.Interrupted;
            run.Message = "The process stopped before this import finished; a later import completed the work.";
            IngestLog.MarkedInterrupted(logger, run.Id);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task<Dictionary<string, KnownArticle>> LoadKnownAsync(CancellationToken ct) =>
        await db.Articles.AsNoTracking()
            .Select(a => new { a.SourceFile, Known = new KnownArticle(a.Id, a.ContentHash, a.ParserVersion, a.IsMissing, a.PublishedOn, a.SortKey) })
            .ToDictionaryAsync(a => a.SourceFile, a => a.Known, StringComparer.Ordinal, ct);

    private async Task FinishRunAsync(ImportRun run, bool dryRun)
    {
        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        if (dryRun || run.Id == 0)
        {
            return;
        }
        try
        {
            db.ChangeTracker.Clear();
            var files = run.Files;
            run.Files = [];
            db.ImportRuns.Update(run);
            await db.SaveChangesAsync(CancellationToken.None);
            run.Files = files;
        }
        catch (Exception ex) when (ex is DbUpdateException or Microsoft.Data.Sqlite.SqliteException)
        {
            // The run stays marked running; the next import marks it interrupted.
            IngestLog.RunFailed(logger, ex, run.Id, ImportFailure.Describe(ex, ""));
        }
    }
}
