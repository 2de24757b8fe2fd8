using System.Security.Cryptography;
using NewsArchive.Parsing;

namespace NewsArchive.Importing;

/// <summary>
/// Reads, hashes and (unless unchanged) parses a batch's files on every core. This part touches no database
/// and no shared state but a read-only lookup, so it runs in parallel; the outcomes are then decided and
/// written in file order by <see cref="ImportBatchWriter"/>.
/// </summary>
internal static class FileLoader
{
    public static async Task<LoadedFile[]> LoadAsync(
        SeedFile[] batch,
        IReadOnlyDictionary<string, KnownArticle> known,
        ArticleTextParser parser,
        IReadOnlySet<string> knownBoilerplate,
        DateOnly today,
        CancellationToken ct)
    {
        var loaded = new LoadedFile[batch.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct };
        await Parallel.ForAsync(0, batch.Length, options, async (i, token) => loaded[i] = await LoadOneAsync(batch[i], known, parser, knownBoilerplate, today, token));
        return loaded;
    }

    private static async Task<LoadedFile> LoadOneAsync(
        SeedFile file,
        IReadOnlyDictionary<string, KnownArticle> knownArticles,
        ArticleTextParser parser,
        IReadOnlySet<string> knownBoilerplate,
        DateOnly today,
        CancellationToken ct)
    {
        var bytes = await SeedFileReader.TryReadAsync(file, parser.MaxFileBytes, ct);
        if (bytes.Error is not null)
        {
            return new LoadedFile(file, bytes.Error, "", null, Unchanged: false, null);
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes.Content));
        knownArticles.TryGetValue(file.RelativePath, out var known);
        var unchanged = known is not null && known.ContentHash == hash && known.ParserVersion == ArticleTextParser.Version && !known.IsMissing;
        var parsed = unchanged ? null : parser.Parse(Path.GetFileName(file.RelativePath), bytes.Content, knownBoilerplate, today);
        return new LoadedFile(file, null, hash, known, unchanged, parsed);
    }
}
