using System.Globalization;
using NewsArchive.Corpus;

namespace NewsArchive.Bench;

/// <summary>Generates the corpus, or reuses one already generated for the same count and seed.</summary>
internal static class Corpus
{
    private const string Marker = ".bench-corpus";

    /// <returns>The corpus size in bytes.</returns>
    public static long Ensure(BenchOptions options, TextWriter log)
    {
        var folder = options.CorpusFolder;
        var marker = Path.Combine(folder, Marker);
        var expected = string.Create(CultureInfo.InvariantCulture, $"{options.Count} {options.Seed}");
        if (File.Exists(marker) && File.ReadAllText(marker).StartsWith(expected + " ", StringComparison.Ordinal))
        {
            log.WriteLine($"corpus: reusing {folder}");
            return long.Parse(File.ReadAllText(marker).Split(' ')[2], CultureInfo.InvariantCulture);
        }
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        log.WriteLine($"corpus: generating {options.Count:N0} articles in {folder}");
        var started = DateTime.UtcNow;
        var bytes = new CorpusGenerator(options.Seed).WriteTo(folder, options.Count);
        // Hidden, so the importer ignores it (SeedFolder skips dot files).
        File.WriteAllText(marker, $"{expected} {bytes}");
        log.WriteLine($"corpus: {bytes / 1e6:F0} MB in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
        return bytes;
    }
}
