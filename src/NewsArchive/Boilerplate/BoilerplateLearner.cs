using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsArchive.Data;
using NewsArchive.Parsing;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Boilerplate;

/// <summary>
/// Archive-level knowledge: a short line that appears in many different files of the archive (a menu, a
/// footer, a newsletter prompt) is boilerplate even where the parser, reading one file, kept it. The importer
/// keeps a count of articles per line (<see cref="LineCount"/>) batch by batch and learns a line as soon as it
/// reaches <see cref="MinFiles"/>; after the import, the learner stores what was learned and re-parses the few
/// articles that were imported before (their ids come with the counts) and still carry a newly learned line in their title or body.
/// </summary>
public sealed class BoilerplateLearner(ArchiveDbContext db, ArticleTextParser parser, TimeProvider clock, ILogger<BoilerplateLearner> logger)
{
    /// <summary>A line must appear in at least this many different articles to be learned.</summary>
    public const int MinFiles = 5;

    /// <summary>Longer lines are prose, however often they recur (syndicated stories repeat whole paragraphs).</summary>
    public const int MaxLineLength = ArchiveLines.MaxLineLength;

    private const string CountedSetting = "LineCounts";

    /// <summary>The lines learned so far, for the parser.</summary>
    public async Task<IReadOnlySet<string>> LoadAsync(CancellationToken ct) =>
        (await db.BoilerplateLines.AsNoTracking().Select(b => b.Text).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// What an import starts from; counts an archive's lines once if it has none yet (a database from before the
    /// counts), and applies the changes an import cut off by a crash left waiting (learning what they bring over the threshold).
    /// </summary>
    internal async Task<LearnedLines> StartAsync(bool dryRun, CancellationToken ct)
    {
        var learned = new LearnedLines(await LoadAsync(ct));
        if (dryRun)
        {
            return learned;
        }
        if (!await db.Settings.AnyAsync(s => s.Key == CountedSetting, ct))
        {
            await new LineCountBackfill(db).RunAsync(learned, ct);
            db.Settings.Add(new AppSetting { Key = CountedSetting, Value = "1" });
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        else
        {
            await LineCountBackfill.ApplyWaitingAsync(db, learned, ct);
        }
        return learned;
    }

    /// <summary>Stores the learned lines with their counts, re-parses affected articles; returns the ids of those re-parsed.</summary>
    internal async Task<IReadOnlyList<int>> LearnAsync(LearnedLines learned, CancellationToken ct)
    {
        var counts = await CountAsync(learned.Texts, ct);
        var kept = counts.Where(c => c.Value >= MinFiles).ToDictionary(StringComparer.Ordinal);
        var fresh = learned.Fresh.Where(f => kept.ContainsKey(f.Text)).ToList();
        await SaveAsync(kept, ct);
        if (fresh.Count == 0)
        {
            return [];
        }
        var reparsed = await new BoilerplateReparser(db, parser, clock).ReparseAsync(fresh, kept.Keys.ToHashSet(StringComparer.Ordinal), ct);
        LearnerLog.Learned(logger, fresh.Count, kept.Count, reparsed.Count);
        return reparsed;
    }

    /// <summary>
    /// Uncounts the lines of articles about to be deleted (after applying any changes left waiting); call it inside
    /// the transaction that deletes them. A line that falls below the threshold is forgotten at the next import's end.
    /// </summary>
    public async Task ForgetAsync(IQueryable<Articles.Article> leaving, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(leaving);
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("ForgetAsync runs inside the deleting transaction.");
        using var commands = new LineCountCommands(db.Database.GetDbConnection(), transaction.GetDbTransaction());
        var learned = new LearnedLines(await LoadAsync(ct));
        var lines = new BatchLines();
        var after = 0;
        while (await leaving.AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).Take(ArchiveBatch.Size)
            .Select(a => new { a.Id, a.RawText, a.LineRoles }).ToListAsync(ct) is { Count: > 0 } chunk)
        {
            chunk.ForEach(a => lines.Remove(a.Id, a.RawText, a.LineRoles));
            after = chunk[^1].Id;
            await commands.ApplyAsync(lines, learned, int.MaxValue, ct);
        }
    }

    /// <summary>Each known line's current article count (a line can fall below the threshold when articles change).</summary>
    private async Task<Dictionary<string, int>> CountAsync(IReadOnlySet<string> texts, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chunk in texts.Chunk(500))
        {
            var byHash = chunk.GroupBy(t => unchecked((long)LineKey.Of(t))).ToDictionary(g => g.Key, g => g.ToList());
            var hashes = byHash.Keys.ToList();
            foreach (var row in await db.LineCounts.AsNoTracking().Where(l => hashes.Contains(l.Hash)).ToListAsync(ct))
            {
                byHash[row.Hash].ForEach(text => counts[text] = row.Files);
            }
        }
        return counts;
    }

    private async Task SaveAsync(Dictionary<string, int> learned, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.BoilerplateLines.ExecuteDeleteAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        db.BoilerplateLines.AddRange(learned.Select(l => new BoilerplateLine { Text = l.Key, FileCount = l.Value, LearnedAt = now }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }
}
