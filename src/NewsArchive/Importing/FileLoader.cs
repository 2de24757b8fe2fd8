using System.Security.Cryptography;
using NewsArchive.Articles;
using NewsArchive.Boilerplate;
using NewsArchive.Parsing;
using NewsArchive.Stories;

namespace NewsArchive.Importing;

/// <summary>
/// Reads, hashes and (unless unchanged) parses a batch's files on every core. This part touches no database
/// and no shared state but a read-only lookup, so it runs in parallel; the outcomes are then decided and
/// written in file order by <see cref="ImportBatchWriter"/>. Whatever goes wrong with one file is that file's
/// result: nothing a file contains can stop the run.
/// </summary>
internal static class FileLoader
{
    public static async Task<LoadedFile[]> LoadAsync(
        SeedFile[] batch,
        IReadOnlyDictionary<string, KnownArticle> known,
        IArticleParser parser,
        IReadOnlySet<string> knownBoilerplate,
        DateTime now,
        DocumentCounts? stories,
        ImportPhases phases,
        CancellationToken ct)
    {
        var loaded = new LoadedFile[batch.Length];
        var local = new LocalFolders();
        // On the loading threads, which give way to the writer (see LoadingScheduler); the awaits inside continue there.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct, TaskScheduler = LoadingScheduler.Instance };
        await Parallel.ForAsync(0, batch.Length, options, async (i, token) => loaded[i] = await LoadOneAsync(batch[i], known, parser, knownBoilerplate, now, stories, phases, local, token));
        return loaded;
    }

    private static async Task<LoadedFile> LoadOneAsync(
        SeedFile file,
        IReadOnlyDictionary<string, KnownArticle> knownArticles,
        IArticleParser parser,
        IReadOnlySet<string> knownBoilerplate,
        DateTime now,
        DocumentCounts? stories,
        ImportPhases phases,
        LocalFolders local,
        CancellationToken ct)
    {
        knownArticles.TryGetValue(file.RelativePath, out var known);
        try
        {
            // The read is a span of its own (it may wait for the disk, so its wall time is no measure of its CPU); the
            // rest of the file is one span whose phases, all pure work, share its CPU by wall time. Three clock reads a file.
            var span = phases.Begin();
            var reading = SeedFileReader.TryReadAsync(file, parser.MaxFileBytes, local, ct);
            // A read from other than a local disk is awaited (the thread may run other files meanwhile): counted at wall time.
            var waited = !reading.IsCompleted;
            var bytes = await reading;
            if (waited)
            {
                span.LapAfterWait(ImportPhases.Read);
            }
            else
            {
                span.Lap(ImportPhases.Read);
            }
            if (bytes.Error is not null)
            {
                span.End();
                return new LoadedFile(file, bytes.Error, "", known, Unchanged: false, null);
            }
            if (!waited)
            {
                span.Cut();
            }
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes.Content));
            var unchanged = known is not null && known.ContentHash == hash && known.ParserVersion == ArticleTextParser.Version && !known.IsMissing;
            span.Lap(ImportPhases.Hash);
            var parsed = unchanged ? null : Parse(parser, file, bytes.Content, knownBoilerplate, DateOnly.FromDateTime(now));
            span.Lap(ImportPhases.Parse);
            // The row to store, and its lines' keys for the learner: pure work too, done here rather than on the writer's thread.
            var mapped = parsed?.Article is { } parsedArticle ? Map(file, known, parsedArticle, hash, now) : null;
            var lines = mapped is null ? null : BatchLines.Keys(mapped.RawText, mapped.LineRoles);
            span.Lap(ImportPhases.Decide);
            // The story sketch (shingles, MinHash, lead terms, and the terms looked up in the run's counts) is pure work
            // on the parse: here it runs on every core, off the writer's thread.
            var storySketch = stories is not null && parsed?.Article is { } article ? ArticleSketch.Compute(article.Title, article.Body, stories) : null;
            span.Lap(ImportPhases.Sketch);
            span.End();
            return new LoadedFile(file, null, hash, known, unchanged, parsed, bytes.Note, storySketch) { Mapped = mapped, LineKeys = lines };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return new LoadedFile(file, $"The file could not be read: {ex.Message}", "", known, Unchanged: false, null);
        }
    }

    // Mapping is pure; should it throw on an odd parse, that file fails and the run goes on.
    private static Article? Map(SeedFile file, KnownArticle? known, ParsedArticle parsed, string hash, DateTime now)
    {
        try
        {
            var article = new Article { Id = known?.Id ?? 0, SourceFile = file.RelativePath, ImportedAt = now };
            ArticleMapper.Apply(article, parsed, hash, now);
            return article;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or NullReferenceException)
        {
            return null;
        }
    }

    // The parser never throws for bad content; if it does anyway, the file fails and the run goes on.
    private static ParseResult Parse(IArticleParser parser, SeedFile file, byte[] content, IReadOnlySet<string> knownBoilerplate, DateOnly today)
    {
        try
        {
            return parser.Parse(Path.GetFileName(file.RelativePath), content, knownBoilerplate, today);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ParseResult.Fail($"The parser failed on this file ({ex.GetType().Name}: {ex.Message}); it was not imported, and the other files were.");
        }
    }
}
