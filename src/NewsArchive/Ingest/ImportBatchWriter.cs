using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;

namespace NewsArchive.Ingest;

/// <summary>Decides each file's outcome and writes a batch of them in one transaction.</summary>
internal sealed class ImportBatchWriter(
    ArchiveDbContext db, ArticleTextParser parser, IReadOnlySet<string> knownBoilerplate, TimeProvider clock, bool dryRun)
{
    private readonly SortKeyAllocator _sortKeys = new(db);

    public async Task WriteBatchAsync(ImportTally tally, SeedFile[] batch, Action<ImportProgress> report, CancellationToken ct)
    {
        await using var transaction = dryRun ? null : await db.Database.BeginTransactionAsync(ct);
        var pending = new List<(ImportFileResult Result, Article? Article)>(batch.Length);
        foreach (var file in batch)
        {
            ct.ThrowIfCancellationRequested();
            report(tally.Snapshot(file.RelativePath));
            var (result, article) = await ImportFileAsync(tally, file, ct);
            tally.Count(result.Outcome);
            tally.Done++;
            pending.Add((result, article));
        }
        await SaveAsync(tally, pending, ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
        report(tally.Snapshot(null));
    }

    public async Task MarkMissingAsync(ImportTally tally, CancellationToken ct)
    {
        var gone = tally.Known.Where(k => !tally.Seen.Contains(k.Key)).OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
        foreach (var chunk in gone.Chunk(ArchiveImporter.BatchSize))
        {
            await using var transaction = dryRun ? null : await db.Database.BeginTransactionAsync(ct);
            var pending = chunk.Select(k => (Missing(tally.Run, k.Key, k.Value), (Article?)null)).ToList();
            pending.ForEach(p => tally.Count(ImportOutcome.Missing));
            if (!dryRun)
            {
                var ids = chunk.Where(k => !k.Value.IsMissing).Select(k => k.Value.Id).ToList();
                await db.Articles.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsMissing, true), ct);
            }
            await SaveAsync(tally, pending, ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
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

    private async Task<(ImportFileResult, Article?)> ImportFileAsync(ImportTally tally, SeedFile file, CancellationToken ct)
    {
        var result = new ImportFileResult { ImportRunId = tally.Run.Id, SourceFile = file.RelativePath };
        tally.Seen.Add(file.RelativePath);
        var bytes = await SeedFileReader.TryReadAsync(file, parser.MaxFileBytes, ct);
        if (bytes.Error is not null)
        {
            return (Fail(result, bytes.Error), null);
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes.Content));
        tally.Known.TryGetValue(file.RelativePath, out var known);
        if (known is not null && known.ContentHash == hash && known.ParserVersion == ArticleTextParser.Version && !known.IsMissing)
        {
            result.Outcome = ImportOutcome.Unchanged;
            result.ArticleId = known.Id;
            return (result, null);
        }
        var parsed = parser.Parse(Path.GetFileName(file.RelativePath), bytes.Content, knownBoilerplate);
        if (parsed.Article is null)
        {
            return (Fail(result, parsed.Error ?? "The file could not be parsed."), null);
        }
        result.Outcome = known is null ? ImportOutcome.Added : ImportOutcome.Updated;
        result.Message = parsed.Article.Warnings.Count == 0 ? null : string.Join(" ", parsed.Article.Warnings);
        var article = dryRun ? null : await UpsertAsync(file.RelativePath, known, parsed.Article, hash, ct);
        return (result, article);
    }

    private static ImportFileResult Fail(ImportFileResult result, string error)
    {
        result.Outcome = ImportOutcome.Failed;
        result.Message = error;
        return result;
    }

    private async Task<Article> UpsertAsync(string sourceFile, KnownArticle? known, ParsedArticle parsed, string hash, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var article = known is null
            ? db.Articles.Add(new Article { SourceFile = sourceFile, ImportedAt = now }).Entity
            : await db.Articles.SingleAsync(a => a.Id == known.Id, ct);
        var dateChanged = known is null || known.PublishedOn != parsed.PublishedOn;
        ArticleMapper.Apply(article, parsed, hash, now);
        if (dateChanged)
        {
            article.SortKey = await _sortKeys.NextAsync(parsed.PublishedOn, ct);
        }
        return article;
    }

    private async Task SaveAsync(ImportTally tally, List<(ImportFileResult Result, Article? Article)> pending, CancellationToken ct)
    {
        if (dryRun)
        {
            tally.Run.Files.AddRange(pending.Select(p => p.Result));
            return;
        }
        await db.SaveChangesAsync(ct);
        foreach (var (result, article) in pending)
        {
            result.ArticleId = article?.Id ?? result.ArticleId;
            db.ImportFileResults.Add(result);
        }
        db.ImportRuns.Attach(tally.Run).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
