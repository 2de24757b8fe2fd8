using NewsArchive.Data;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.UnitTests.Parsing;

namespace NewsArchive.IntegrationTests.Importing;

/// <summary>
/// Symbolic links of every kind, made at test time in a seeds folder: to a file (directly, through a chain, by a
/// relative path), to a folder inside and one outside, to the seeds folder itself, a folder linked to itself,
/// dangling, looping on itself and in a pair, and one whose path escapes through a linked folder.
/// <see cref="Expected"/> says each link's outcome and the words its result must contain.
/// </summary>
internal sealed class SymlinkFolder : IDisposable
{
    public const string Story = "real/story.txt";
    private readonly TempFolder _outside = new();

    public SymlinkFolder(string seeds)
    {
        Seeds = seeds;
        Directory.CreateDirectory(Path.Combine(seeds, "real"));
        File.WriteAllText(Path.Combine(seeds, Story), SampleText.Article("Ferry service resumes after the storm"));
        File.WriteAllText(_outside.Combine("elsewhere.txt"), SampleText.Article("An article that lives outside the seeds folder"));

        Link("link-file.txt", "real/story.txt", ImportOutcome.Added, "The file is a symbolic link to real/story.txt; its target was read.");
        Link("link-chain.txt", "link-file.txt", ImportOutcome.Added, "The file is a symbolic link to real/story.txt; its target was read.");
        Link("link-absolute.txt", Path.Combine(seeds, Story), ImportOutcome.Added, "The file is a symbolic link to real/story.txt; its target was read.");
        Link("link-folder", "real", ImportOutcome.Failed, "The file is a symbolic link to the folder real; it was not followed: linked folders are never descended into");
        Link("link-folder-outside", _outside.Path, ImportOutcome.Failed, $"The file is a symbolic link to the folder {_outside.Path}, outside the seeds folder; it was not followed.");
        Link("link-root", ".", ImportOutcome.Failed, "The file is a symbolic link to the seeds folder itself; it was not followed");
        Link("real/self", ".", ImportOutcome.Failed, "The file is a symbolic link to the folder real; it was not followed");
        Link("link-dangling.txt", "no-such-file.txt", ImportOutcome.Failed, "The file is a symbolic link to no-such-file.txt, which does not exist; nothing was read.");
        Link("link-loop.txt", "link-loop.txt", ImportOutcome.Failed, "The file is a symbolic link to link-loop.txt, which leads back to itself through links (a loop); it was not followed.");
        Link("link-pair-a.txt", "link-pair-b.txt", ImportOutcome.Failed, "The file is a symbolic link to link-pair-b.txt, which leads back to itself through links (a loop)");
        Link("link-pair-b.txt", "link-pair-a.txt", ImportOutcome.Failed, "The file is a symbolic link to link-pair-a.txt, which leads back to itself through links (a loop)");
        Link("link-escape.txt", "link-folder-outside/elsewhere.txt", ImportOutcome.Failed, "The file is a symbolic link to link-folder-outside/elsewhere.txt, outside the seeds folder; it was not followed.");
    }

    public string Seeds { get; }

    /// <summary>Link path (relative to the seeds folder) → its outcome and the words its result's message contains.</summary>
    public Dictionary<string, (ImportOutcome Outcome, string Message)> Expected { get; } = new(StringComparer.Ordinal);

    /// <summary>Every entry an import lists: the one real file and the links (nothing below a linked folder).</summary>
    public int EntryCount => Expected.Count + 1;

    private void Link(string name, string target, ImportOutcome outcome, string message)
    {
        File.CreateSymbolicLink(Path.Combine(Seeds, name), target);
        Expected[name] = (outcome, message);
    }

    public void Dispose() => _outside.Dispose();
}
