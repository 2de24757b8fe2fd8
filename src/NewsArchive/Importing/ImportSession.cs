using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Boilerplate;
using NewsArchive.Data;
using NewsArchive.Stories;

namespace NewsArchive.Importing;

/// <summary>
/// One batch's transaction on the DbContext's own connection, with the prepared statements the batch needs.
/// EF Core queries made meanwhile (sort keys, marking missing) join the same transaction, so a batch still
/// commits or rolls back whole.
/// </summary>
internal sealed class ImportSession : IAsyncDisposable
{
    private const int ImportCacheKib = -32_768;
    private const int DefaultCacheKib = -2_000;

    private readonly ArchiveDbContext _db;
    private readonly IDbContextTransaction _transaction;
    private readonly RawStatement _insertResult;
    private readonly DbCommand _updateRun;

    private ImportSession(ArchiveDbContext db, IDbContextTransaction transaction, DocumentCounts? stories, ImportPhases? phases)
    {
        _db = db;
        _transaction = transaction;
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        Articles = new ArticleCommands(connection, dbTransaction, phases);
        Lines = new LineCountCommands(connection, dbTransaction);
        Stories = stories is null ? null : new StoryFinder(connection, dbTransaction, stories);
        // One a file: bound by position (RawStatement), the import's hot path like the article rows.
        _insertResult = new RawStatement((Microsoft.Data.Sqlite.SqliteConnection)connection,
            "INSERT INTO ImportFileResults (ImportRunId, SourceFile, Outcome, Message, ArticleId) VALUES (?1, ?2, ?3, ?4, ?5);");
        _updateRun = PreparedCommands.Create(connection, dbTransaction,
            "UPDATE ImportRuns SET TotalFiles = @TotalFiles, Added = @Added, Updated = @Updated, Unchanged = @Unchanged, "
            + "Failed = @Failed, Missing = @Missing WHERE Id = @Id;",
            ["TotalFiles", "Added", "Updated", "Unchanged", "Failed", "Missing", "Id"]);
    }

    public ArticleCommands Articles { get; }

    public LineCountCommands Lines { get; }

    /// <summary>The batch's story finder; null when stories are not found at import.</summary>
    public StoryFinder? Stories { get; }

    public static async Task<ImportSession> BeginAsync(ArchiveDbContext db, CancellationToken ct, DocumentCounts? stories = null, ImportPhases? phases = null)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Under WAL, NORMAL still survives a killed process (a committed batch stays committed); only a power cut
            // can lose the last batches, which the next import redoes. It spares an fsync per commit. A 32 MB page
            // cache keeps the FTS5 segments being merged and the index pages being filled in memory.
            // The write-ahead log is cut back to WriteAheadLog.SizeLimitBytes whenever a checkpoint has emptied it (see WriteAheadLog).
            await db.Database.ExecuteSqlRawAsync($"PRAGMA synchronous=NORMAL; PRAGMA cache_size={ImportCacheKib}; {WriteAheadLog.SizeLimitPragma}", ct);
            var transaction = await db.Database.BeginTransactionAsync(ct);
            return new ImportSession(db, transaction, stories, phases);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    public Task AddResultAsync(ImportFileResult result, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(result);
        ct.ThrowIfCancellationRequested();
        var s = _insertResult;
        s.Bind(1, result.ImportRunId);
        s.Bind(2, result.SourceFile);
        s.Bind(3, result.Outcome.ToString());
        s.Bind(4, result.Message);
        s.Bind(5, (long?)result.ArticleId);
        // Its id is not read back: the result is not kept in memory (see ImportBatchWriter), so nothing would use it.
        s.Execute();
        return Task.CompletedTask;
    }

    /// <summary>Stores the run's counts so far, so a page can follow the import and a crash leaves them accurate.</summary>
    public async Task SaveRunAsync(ImportRun run, CancellationToken ct)
    {
        var p = _updateRun.Parameters;
        p["@TotalFiles"].Value = run.TotalFiles;
        p["@Added"].Value = run.Added;
        p["@Updated"].Value = run.Updated;
        p["@Unchanged"].Value = run.Unchanged;
        p["@Failed"].Value = run.Failed;
        p["@Missing"].Value = run.Missing;
        p["@Id"].Value = run.Id;
        await _updateRun.ExecuteNonQueryAsync(ct);
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        // The index entries are queued until now (see FullTextIndex): the transaction commits with them or not at all.
        await Articles.FlushIndexAsync(ct);
        if (Stories is not null)
        {
            await Stories.FlushAsync(ct);
        }
        await _transaction.CommitAsync(ct);
        // The commit's own checkpoint may have left another connection's write uncopied: copy it, so the log starts over.
        WriteAheadLog.StartOver((Microsoft.Data.Sqlite.SqliteConnection)_db.Database.GetDbConnection());
    }

    public async ValueTask DisposeAsync()
    {
        Articles.Dispose();
        Lines.Dispose();
        Stories?.Dispose();
        _insertResult.Dispose();
        await _updateRun.DisposeAsync();
        await _transaction.DisposeAsync();
        // The connection goes back to the pool, where a page or a health check may pick it up: give back the memory.
        await _db.Database.ExecuteSqlRawAsync($"PRAGMA cache_size={DefaultCacheKib};");
        await _db.Database.CloseConnectionAsync();
        // The page cache just shrunk and FTS5's pending terms were freed at the commit: give the pages back (see NativeHeap).
        NativeHeap.Trim();
    }
}
