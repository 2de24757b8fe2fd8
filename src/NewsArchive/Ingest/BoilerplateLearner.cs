using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsArchive.Data;

namespace NewsArchive.Ingest;

/// <summary>
/// Archive-level knowledge: a short line that appears in many different files of the archive (a menu, a
/// footer, a newsletter prompt) is boilerplate even where the parser, reading one file, kept it. After an
/// import, the learner counts lines across all articles, stores the recurring ones, and re-parses the
/// articles that still carry a newly learned line in their body.
/// </summary>
public sealed class BoilerplateLearner(ArchiveDbContext db, ArticleTextParser parser, TimeProvider clock, ILogger<BoilerplateLearner> logger)
{
    /// <summary>A line must appear in at least this many different articles to be learned.</summary>
    public const int MinFiles = 5;

    /// <summary>Longer lines are prose, however often they recur (syndicated stories repeat whole paragraphs).</summary>
    public const int MaxLineLength = 160;

    /// <summary>The lines learned so far, for the parser.</summary>
    public async Task<IReadOnlySet<string>> LoadAsync(CancellationToken ct) =>
        (await db.BoilerplateLines.AsNoTracking().Select(b => b.Text).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Recounts, stores what recurs, re-parses affected articles; returns how many were re-parsed.</summary>
    public async Task<int> LearnAsync(CancellationToken ct)
    {
        var known = await LoadAsync(ct);
        var counts = await CountLinesAsync(ct);
        var learned = counts.Values.Where(c => c.Files >= MinFiles).ToDictionary(c => c.Text!, c => c.Files, StringComparer.Ordinal);
        var fresh = learned.Keys.Where(text => !known.Contains(text)).ToHashSet(StringComparer.Ordinal);
        await SaveAsync(learned, ct);
        if (fresh.Count == 0)
        {
            return 0;
        }
        var reparsed = await new BoilerplateReparser(db, parser, clock).ReparseAsync(fresh, learned.Keys.ToHashSet(StringComparer.Ordinal), ct);
        LearnerLog.Learned(logger, fresh.Count, learned.Count, reparsed);
        return reparsed;
    }

    private async Task<Dictionary<ulong, LineCount>> CountLinesAsync(CancellationToken ct)
    {
        var counts = new Dictionary<ulong, LineCount>();
        var seen = new HashSet<ulong>();
        await foreach (var article in db.Articles.AsNoTracking().Select(a => new { a.RawText, a.LineRoles }).AsAsyncEnumerable().WithCancellation(ct))
        {
            seen.Clear();
            foreach (var (line, _) in Candidates(article.RawText, article.LineRoles))
            {
                var key = LineKey.Of(line);
                if (seen.Add(key))
                {
                    var count = counts.GetValueOrDefault(key);
                    count.Files++;
                    count.Text ??= count.Files >= MinFiles ? line : null;
                    counts[key] = count;
                }
            }
        }
        return counts;
    }

    /// <summary>The lines of an article worth counting, with their index: short, not blank, not the header, not a long sentence.</summary>
    internal static IEnumerable<(string Line, int Index)> Candidates(string rawText, string lineRoles)
    {
        var lines = rawText.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var role = LineRoles.Decode(lineRoles, i);
            if (line.Length is > 1 and <= MaxLineLength && role is not (LineRole.Blank or LineRole.Header) && !IsSentence(line))
            {
                yield return (line, i);
            }
        }
    }

    private static bool IsSentence(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 12 && ".!?\"”»".Contains(line[^1], StringComparison.Ordinal);

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

    private struct LineCount
    {
        public int Files;
        public string? Text;
    }
}
