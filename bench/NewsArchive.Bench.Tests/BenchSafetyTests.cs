using System.Security.Cryptography;
using NewsArchive.Bench;

namespace NewsArchive.Bench.Tests;

/// <summary>The bench never deletes or writes a folder it was given: only folders it made (and marked).</summary>
public sealed class BenchSafetyTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "newsarchive-bench-safety-" + Guid.NewGuid().ToString("N"));

    private string Folder(string name)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    // Every file's relative path and SHA-256, so any write, deletion or addition shows.
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    [Fact]
    public async Task A_corpus_folder_given_with_corpus_is_read_and_survives_untouched()
    {
        var corpus = Folder("my-articles");
        for (var i = 0; i < 30; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(corpus, $"story-{i}.txt"), $" date 2021-03-{i % 28 + 1:D2}\nCouncil story {i}\n\nThe council met on Tuesday to debate plan {i} for the harbour, which residents have opposed for years.\n");
        }
        await File.WriteAllTextAsync(Path.Combine(corpus, "notes.md"), "my own notes, not an article");
        Directory.CreateDirectory(Path.Combine(corpus, "sub"));
        await File.WriteAllTextAsync(Path.Combine(corpus, "sub", "deep.txt"), "Deep story\n\nA story in a subfolder of my own, kept where it is.");
        await File.WriteAllTextAsync(Path.Combine(corpus, ".hidden-notes"), "hidden, not an article, not to be touched");
        Directory.CreateDirectory(Path.Combine(corpus, "empty"));
        var before = Snapshot(corpus);
        var folders = Directory.GetDirectories(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var written = Directory.GetLastWriteTimeUtc(corpus);
        using var output = new StringWriter();

        var exit = await BenchApp.RunAsync(["--smoke", "--corpus", corpus, "--import-only"], output);

        var text = output.ToString();
        Assert.True(exit == 0, text);
        Assert.Contains("read only", text, StringComparison.Ordinal);
        // Both sides imported the folder's 32 visible files (the hidden one is skipped by both), and only once: one table.
        Assert.Contains("## corpus " + corpus, text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), l => l.StartsWith("| raw FTS5 bulk load | 32 |", StringComparison.Ordinal));
        Assert.Single(text.Split('\n'), l => l.StartsWith("| app import (parse, store, index) | 32 |", StringComparison.Ordinal));
        Assert.Equal(before, Snapshot(corpus));
        Assert.Equal(folders, Directory.GetDirectories(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(written, Directory.GetLastWriteTimeUtc(corpus));
    }

    [Fact]
    public async Task A_corpus_folder_that_does_not_exist_is_not_created()
    {
        var missing = Path.Combine(_root, "no-such-corpus");
        using var output = new StringWriter();

        Assert.Equal(1, await BenchApp.RunAsync(["--smoke", "--corpus", missing, "--import-only"], output));

        Assert.False(Directory.Exists(missing));
        Assert.Contains("does not exist", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_work_folder_with_someone_elses_files_is_refused_and_left_as_it_was()
    {
        var work = Folder("my-work");
        await File.WriteAllTextAsync(Path.Combine(work, "app.db"), "not the bench's database");
        Directory.CreateDirectory(Path.Combine(work, "corpus-2000-42"));
        await File.WriteAllTextAsync(Path.Combine(work, "corpus-2000-42", "mine.txt"), "mine");
        var before = Snapshot(work);
        using var output = new StringWriter();

        var exit = await BenchApp.RunAsync(["--smoke", "--work", work, "--import-only"], output);

        Assert.Equal(1, exit);
        Assert.Contains("left alone", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(work));
    }

    [Fact]
    public void Deleting_a_database_outside_a_bench_work_folder_is_refused()
    {
        var folder = Folder("plain");
        var database = Path.Combine(folder, "app.db");
        File.WriteAllText(database, "keep me");

        Assert.Throws<BenchSetupException>(() => WorkFolder.DeleteDatabase(database));

        Assert.Equal("keep me", File.ReadAllText(database));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
