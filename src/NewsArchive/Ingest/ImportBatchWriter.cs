using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;

namespace NewsArchive.Ingest;

/// <summary>
/// Decides each file's outcome and writes a batch of them in one transaction. Rows go through prepared
/// statements (<see cref="ImportSession"/>) rather than EF Core's change tracker, which at archive scale cost
/// more than SQLite and the FTS5 index together; nothing of a stored article is read back to update it.
/// </summary>
internal sealed class ImportBatchWriter(ArchiveDbContext db, ArticleTextParser parser, TimeProvider clock, bool dryRun)
{
    private readonly SortKeyAllocator _sortKeys = new(db);

    public async Task WriteBatchAsync(ImportTally tally, SeedFile[] batch, Action<ImportProgress> report, CancellationToken ct)
    {
        await using var session = dryRun ? null : await ImportSession.BeginAsync(db, ct);
        foreach (var file in batch)
        {
            ct.ThrowIfCancellationRequested();
            report(tally.Snapshot(file.RelativePath));
            var result = await ImportFileAsync(tally, file, session, ct);
            tally.Count(result.Outcome);
            tally.Done++;
            await RecordAsync(tally, result, session, ct);
        }
        await CommitAsync(tally, session, ct);
        report(tally.Snapshot(null));
    }

    public async Task MarkMissingAsync(ImportTally tally, CancellationToken ct)
    {
        var gone = tally.Known.Where(k => !tally.Seen.Contains(k.Key)).OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
        foreach (var chunk in gone.Chunk(ArchiveImporter.BatchSize))
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

    private static async Task RecordAsync(ImportTally tally, ImportFileResult result, ImportSession? session, CancellationToken ct)
    {
        if (session is not null)
        {
            await session.AddResultAsync(result, ct);
        }
        tally.Run.Files.Add(result);
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

    private async Task<ImportFileResult> ImportFileAsync(ImportTally tally, SeedFile file, ImportSession? session, CancellationToken ct)
    {
        var result = new ImportFileResult { ImportRunId = tally.Run.Id, SourceFile = file.RelativePath };
        tally.Seen.Add(file.RelativePath);
        var bytes = await SeedFileReader.TryReadAsync(file, parser.MaxFileBytes, ct);
        if (bytes.Error is not null)
        {
            return Fail(result, bytes.Error);
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes.Content));
        tally.Known.TryGetValue(file.RelativePath, out var known);
        if (known is not null && known.ContentHash == hash && known.ParserVersion == ArticleTextParser.Version && !known.IsMissing)
        {
            result.Outcome = ImportOutcome.Unchanged;
            result.ArticleId = known.Id;
            return result;
        }
        var parsed = parser.Parse(Path.GetFileName(file.RelativePath), bytes.Content);
        if (parsed.Article is null)
        {
            return Fail(result, parsed.Error ?? "The file could not be parsed.");
        }
        result.Outcome = known is null ? ImportOutcome.Added : ImportOutcome.Updated;
        result.Message = parsed.Article.Warnings.Count == 0 ? null : string.Join(" ", parsed.Article.Warnings);
        if (session is not null)
        {
            result.ArticleId = await UpsertAsync(session, file.RelativePath, known, parsed.Article, hash, ct);
        }
        return result;
    }

    private static ImportFileResult Fail(ImportFileResult result, string error)
    {
        result.Outcome = ImportOutcome.Failed;
        result.Message = error;
        return result;
    }

    private async Task<int> UpsertAsync(ImportSession session, string sourceFile, KnownArticle? known, ParsedArticle parsed, string hash, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var article = new Article { Id = known?.Id ?? 0, SourceFile = sourceFile, ImportedAt = now };
        ArticleMapper.Apply(article, parsed, hash, now);
        long? sortKey = known is null || known.PublishedOn != parsed.PublishedOn ? await _sortKeys.NextAsync(parsed.PublishedOn, ct) : null;
        if (known is null)
        {
            article.SortKey = sortKey!.Value;
            return await session.Articles.InsertAsync(article, ct);
        }
        await session.Articles.UpdateAsync(article, sortKey, ct);
        return known.Id;
    }
}
