using System.Globalization;
using System.Text;

namespace NewsArchive.Corpus;

/// <summary>
/// Generates a realistic corpus of seed files, deterministic for a seed: dates over ten years, a few hundred
/// outlets with their own boilerplate, Zipf-distributed bodies of 300 to 1,200 words, and some near-duplicate
/// stories across outlets (the <see cref="CorpusProfile.LongPages"/> profile; <see cref="CorpusProfile.ShortItems"/> writes 1–2 KB
/// wire briefs, tables and statements instead). Files go into folders of <see cref="FilesPerFolder"/> so no folder gets huge.
/// </summary>
/// <remarks>
/// With <c>retellPercent</c> above 0 that share of articles are retellings: another outlet's own text about a recent
/// event. Every file carries labels (<see cref="GeneratedFile.Event"/>, <see cref="GeneratedFile.Copy"/>) for the
/// story finder's labelled check; with 0 (the default) the corpus is exactly what it was before retellings existed.
/// </remarks>
public sealed class CorpusGenerator(int seed, ZipfVocabulary vocabulary, int retellPercent = 0, CorpusProfile profile = CorpusProfile.LongPages)
{
    public const int OutletCount = 300;
    public const int FilesPerFolder = 1000;

    /// <summary>The percentage of articles that are rewrites of a recent story from another outlet.</summary>
    public const int DuplicatePercent = 8;

    private const int RecentStories = 256;
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public CorpusGenerator(int seed, int retellPercent = 0, CorpusProfile profile = CorpusProfile.LongPages)
        : this(seed, new ZipfVocabulary(), retellPercent, profile)
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
        var shortLayout = new ShortLayout(writer, random);
        var recent = new GeneratedStory[RecentStories];
        for (var i = 0; i < count; i++)
        {
            GeneratedStory story;
            if (i > 0 && random.Next(100) < DuplicatePercent)
            {
                story = rewriter.Rewrite(recent[random.Next(Math.Min(i, RecentStories))]);
            }
            else if (i > 0 && retellPercent > 0 && random.Next(100) < retellPercent)
            {
                story = rewriter.Retell(recent[random.Next(Math.Min(i, RecentStories))], i);
            }
            else
            {
                story = (profile == CorpusProfile.ShortItems ? writer.Write(ShortLayout.MinWords, ShortLayout.MaxWords) : writer.Write()) with { Event = i, Text = i };
            }
            recent[i % RecentStories] = story;
            var outlet = outlets[random.Next(outlets.Length)];
            var text = profile == CorpusProfile.ShortItems ? shortLayout.Render(story, outlet) : layout.Render(story, outlet);
            yield return new GeneratedFile(FileName(i, random), text, story.Event, story.Text);
        }
    }

    /// <summary>Writes a corpus below <paramref name="folder"/> and returns the number of bytes written.</summary>
    public long WriteTo(string folder, int count, Action<int>? progress = null) => WriteTo(folder, Generate(count), progress);

    /// <summary>Writes generated files below <paramref name="folder"/> and returns the number of bytes written.</summary>
    public static long WriteTo(string folder, IEnumerable<GeneratedFile> files, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(files);
        long bytes = 0;
        var written = 0;
        string? currentFolder = null;
        foreach (var file in files)
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
