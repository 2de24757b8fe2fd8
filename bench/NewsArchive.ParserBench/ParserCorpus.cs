using System.Text;
using NewsArchive.Corpus;

namespace NewsArchive.ParserBench;

/// <summary>
/// The input of the benchmark, held in memory: articles from the repository's corpus generator (fixed seed, so
/// every run parses the same bytes) and the repository's seed files.
/// </summary>
public sealed class ParserCorpus
{
    public const int GeneratorSeed = 20240501;
    public const int GeneratedArticles = 600;

    private static readonly Lazy<ParserCorpus> s_shared = new(Load);

    private ParserCorpus(IReadOnlyList<(string Name, byte[] Bytes)> files)
    {
        Files = files;
        Bytes = files.Sum(f => (long)f.Bytes.Length);
    }

    /// <summary>The corpus, built once per process.</summary>
    public static ParserCorpus Shared => s_shared.Value;

    public IReadOnlyList<(string Name, byte[] Bytes)> Files { get; }

    /// <summary>The total size of the input, in bytes of UTF-8.</summary>
    public long Bytes { get; }

    private static ParserCorpus Load()
    {
        var files = new List<(string, byte[])>();
        foreach (var file in new CorpusGenerator(GeneratorSeed).Generate(GeneratedArticles))
        {
            files.Add((file.RelativePath, Encoding.UTF8.GetBytes(file.Text)));
        }
        var assembly = typeof(ParserCorpus).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("seeds/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files.Add((name, copy.ToArray()));
        }
        return new ParserCorpus(files);
    }
}
