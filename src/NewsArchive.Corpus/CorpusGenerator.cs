using System.Globalization;
using System.Text;

namespace NewsArchive.Corpus;

/// <summary>
/// Generates a realistic corpus of seed files, deterministic for a seed: dates over ten years, a few hundred
/// outlets with their own boilerplate, Zipf-distributed bodies of 300 to 1,200 words, and some near-duplicate
/// stories across outlets. Files go into folders of <see cref="FilesPerFolder"/> so no folder gets huge.
/// </summary>
public sealed class CorpusGenerator(int seed, ZipfVocabulary vocabulary)
{
    public const int OutletCount = 300;
    public const int FilesPerFolder = 1000;

    /// <summary>The percentage of articles that are rewrites of a recent story from another outlet.</summary>
    public const int DuplicatePercent = 8;

    private const int RecentStories = 256;
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public CorpusGenerator(int seed)
        : this(seed, new ZipfVocabulary())
    {
    }

    /// <summary>The files of a corpus of <paramref name="count"/> articles, in order; nothing is written.</summary>
    public IEnumerable<GeneratedFile> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var outlets = OutletCatalog.Create(random, OutletCount);
        var writer = new StoryWriter(vocabulary, random);
        var rewriter = new StoryRewriter(writer, random);
        var layout = new ArticleLayout(writer, random);
        var recent = new GeneratedStory[RecentStories];
        for (var i = 0; i < count; i++)
        {
            var story = i > 0 && random.Next(100) < DuplicatePercent
                ? rewriter.Rewrite(recent[random.Next(Math.Min(i, RecentStories))])
                : writer.Write();
            recent[i % RecentStories] = story;
            var text = layout.Render(story, outlets[random.Next(outlets.Length)]);
            yield return new GeneratedFile(FileName(i, random), text);
        }
    }

    /// <summary>Writes a corpus below <paramref name="folder"/> and returns the number of bytes written.</summary>
    public long WriteTo(string folder, int count, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        long bytes = 0;
        var written = 0;
        string? currentFolder = null;
        foreach (var file in Generate(count))
        {
            var path = Path.Combine(folder, file.RelativePath);
            var parent = Path.GetDirectoryName(path)!;
            if (parent != currentFolder)
            {
                Directory.CreateDirectory(parent);
                currentFolder = parent;
            }
            var content = s_utf8.GetBytes(file.Text);
            File.WriteAllBytes(path, content);
            bytes += content.Length;
            if (++written % 10_000 == 0)
            {
                progress?.Invoke(written);
            }
        }
        return bytes;
    }

    private static string FileName(int index, Random random) => string.Create(CultureInfo.InvariantCulture,
        $"{index / FilesPerFolder:D4}/{index:D7}_{random.NextInt64():x16}.txt");
}
