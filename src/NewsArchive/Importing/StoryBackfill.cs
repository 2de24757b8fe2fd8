using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsArchive.Data;
using NewsArchive.Stories;

namespace NewsArchive.Importing;

/// <summary>
/// Gives stories to the articles stored without them, outside an import (an archive whose story rows a migration
/// forgot, one from before stories, or one imported with the finder off): what every import does before its files
/// (<see cref="StoryMaintenance.BackfillAsync(CancellationToken)"/>, which reads no files), run on its own. It holds
/// the import lease as an import does, so no import of another process (the CLI) writes meanwhile; the caller holds
/// the <see cref="ImportGate"/> (nothing else of this process writes). Interrupted, it leaves whole batches done and the
/// next run goes on; on a complete archive it places nothing.
/// </summary>
public sealed partial class StoryBackfill(ArchiveDbContext db, TimeProvider clock, IOptions<StoryOptions> options, ILogger<StoryBackfill> logger)
{
    /// <summary>How long it waits before asking again for the lease another process holds.</summary>
    public static readonly TimeSpan LeaseRetry = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many articles have no sketch: 0 on an empty or complete archive, and with the finder off. One statement of
    /// two counts (SQLite counts a table from its smallest index): a sketch row is written only for a stored article
    /// and deleted with it (<see cref="StoryMaintenance.ForgetAsync"/> in the deleting transaction), so there are never
    /// more sketches than articles, and as many only when every article has one.
    /// </summary>
    public async Task<int> CountMissingAsync(CancellationToken ct)
    {
        if (!options.Value.FindAtImport)
        {
            return 0;
        }
        return await db.Database
            .SqlQueryRaw<int>("SELECT max(0, (SELECT count(*) FROM \"Articles\") - (SELECT count(*) FROM \"StorySketches\")) AS \"Value\"")
            .SingleAsync(ct);
    }

    /// <summary>
    /// Takes the import lease (while another process holds it: says so through <paramref name="report"/> and asks
    /// again every <see cref="LeaseRetry"/>), counts again what is missing (that import may have placed it), places it
    /// a batch at a time (<paramref name="report"/> hears each), and returns how many it placed. A new archive
    /// generation follows any committed batch, a cancelled run's too.
    /// </summary>
    public async Task<int> RunAsync(string startedBy, Action<StoryBackfillProgress> report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lease = await TakeLeaseAsync(startedBy, report, ct);
        var placed = 0;
        try
        {
            var total = await CountMissingAsync(ct);
            report(new StoryBackfillProgress(0, total, null));
            if (total == 0)
            {
                return 0;
            }
            // One run's counts and index for every batch, as in an import (docs/stories.md).
            return await new StoryMaintenance(db).BackfillAsync(new DocumentCounts(), done =>
            {
                placed = done;
                report(new StoryBackfillProgress(done, Math.Max(total, done), null));
            }, ct);
        }
        finally
        {
            await lease.DisposeAsync();
            if (placed > 0)
            {
                await BumpAsync();
            }
            await WriteAheadLog.TruncateAsync(db);
        }
    }

    private async Task<ImportLease> TakeLeaseAsync(string startedBy, Action<StoryBackfillProgress> report, CancellationToken ct)
    {
        string? waitingFor = null;
        while (true)
        {
            var (lease, heldBy) = await ImportLease.TryAcquireAsync(db.Database.GetConnectionString()!, clock, startedBy, ct);
            if (lease is not null)
            {
                return lease;
            }
            if (heldBy != waitingFor)
            {
                waitingFor = heldBy;
                LogWaiting(logger, heldBy!);
                report(new StoryBackfillProgress(0, 0, heldBy));
            }
            await Task.Delay(LeaseRetry, clock, ct);
        }
    }

    /// <summary>Why a backfill failed, as an import's failure is told (a full, locked or read-only database; the error's own words else).</summary>
    public static string Describe(Exception exception) => ImportFailure.Describe(exception, "");

    /// <summary>The pages and counts cached for the archive before are stale: its stories changed.</summary>
    private async Task BumpAsync()
    {
        try
        {
            await ArchiveGeneration.BumpAsync(db, CancellationToken.None);
        }
        catch (SqliteException)
        {
            // Locked or full: the backfill's batches are committed; the next change to the archive bumps it.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding stories waits for the import in {HeldBy} to end")]
    private static partial void LogWaiting(ILogger logger, string heldBy);
}

/// <summary>Where a <see cref="StoryBackfill"/> is: articles placed of those missing, or whose import it waits for.</summary>
public sealed record StoryBackfillProgress(int Placed, int Total, string? WaitingFor);
