using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Corpus;
using NewsArchive.Data;
using NewsArchive.Importing;

namespace NewsArchive.Cli;

/// <summary>
/// The story finder's labelled check: generates a corpus with copies and retellings (each file labelled with its
/// event and its text), imports it into a fresh database through the real importer, and scores the copies and
/// stories found against the labels, pair by pair.
/// </summary>
public static class StoryCheck
{
    public const int DefaultRetellPercent = 10;

    public sealed record Result(int Articles, int Stories, PairwiseAgreement Copies, PairwiseAgreement Events, TimeSpan ImportTime)
    {
        public string Describe() => string.Create(CultureInfo.InvariantCulture,
            $"articles={Articles} stories={Stories} import={ImportTime.TotalSeconds:F1}s\n"
            + $"copies:  precision={Copies.Precision:F3} recall={Copies.Recall:F3} (pairs found {Copies.Predicted}, labelled {Copies.Labelled}, agreed {Copies.Agreed})\n"
            + $"stories: precision={Events.Precision:F3} recall={Events.Recall:F3} (pairs found {Events.Predicted}, labelled {Events.Labelled}, agreed {Events.Agreed})");
    }

    /// <summary>Runs the check in <paramref name="workFolder"/> (an empty folder the caller owns: the corpus and database go there).</summary>
    public static async Task<Result> RunAsync(int count, int seed, int retellPercent, string workFolder, CancellationToken ct = default)
    {
        var corpus = Path.Combine(workFolder, "corpus");
        var files = new CorpusGenerator(seed, retellPercent).Generate(count).ToList();
        CorpusGenerator.WriteTo(corpus, files);
        await using var services = ImportCommand.BuildServices($"Data Source={Path.Combine(workFolder, "check.db")}", Microsoft.Extensions.Logging.LogLevel.Warning);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDbContext>();
        await ArchiveDatabase.MigrateAsync(db, ct);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var run = await scope.ServiceProvider.GetRequiredService<ArchiveImporter>().RunAsync(new ImportRequest(corpus, ImportTrigger.Cli, "stories-check"), ct);
        var elapsed = started.Elapsed;
        if (run.Status != ImportStatus.Succeeded)
        {
            throw new InvalidOperationException(run.Message);
        }
        var stored = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.SourceFile, a.StoryId, a.CopyOfId }).ToListAsync(ct);
        var byFile = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var labelled = stored.Select(a => (Article: a, File: byFile[a.SourceFile])).ToList();
        var copyGroups = stored.Where(a => a.CopyOfId is not null).Select(a => a.CopyOfId!.Value).ToHashSet();
        var copies = PairwiseAgreement.Score(labelled.Select(x =>
            (x.File.Copy, x.Article.CopyOfId is { } root ? root : copyGroups.Contains(x.Article.Id) ? x.Article.Id : (long?)null)));
        var events = PairwiseAgreement.Score(labelled.Select(x => (x.File.Event, (long?)x.Article.StoryId)));
        return new Result(stored.Count, await db.Stories.CountAsync(ct), copies, events, elapsed);
    }
}
