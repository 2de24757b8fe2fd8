using System.Collections.Concurrent;
using System.Globalization;
using NewsArchive.Importing;
using NewsArchive.Parsing;

namespace NewsArchive.IntegrationTests.Importing;

/// <summary>The import's loading (<see cref="FileLoader"/>) runs on threads <see cref="LoadingScheduler.NiceIncrement"/> nice steps below the rest of the process.</summary>
public sealed class LoadingSchedulerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "na-loading-" + Guid.NewGuid().ToString("N"));

    public LoadingSchedulerTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Files_are_parsed_on_threads_five_nice_steps_below_the_process()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var files = new SeedFile[24];
        for (var i = 0; i < files.Length; i++)
        {
            var name = $"{i:D2}.txt";
            await File.WriteAllTextAsync(Path.Combine(_folder, name), $"Title {i}\n\nA paragraph of text number {i}, long enough to be a body.\n");
            files[i] = new SeedFile(_folder, name);
        }
        var parser = new NiceRecordingParser(new ArticleTextParser());

        var loaded = await FileLoader.LoadAsync(
            files, new Dictionary<string, KnownArticle>(), parser, new HashSet<string>(), DateTime.UtcNow, null, new ImportPhases(), CancellationToken.None);

        Assert.All(loaded, file => Assert.Null(file.ReadError));
        Assert.Equal(files.Length, parser.Seen.Count);
        // The nice value of the process's main thread, read the same way, is what the loading threads start from
        // (the test runner does not change its threads' priorities).
        var process = NiceOf("/proc/self/stat");
        var expected = Math.Min(19, process + LoadingScheduler.NiceIncrement);
        Assert.All(parser.Seen, seen => Assert.Equal(expected, seen.Nice));
        // And it is not the thread pool: the test's own thread is as nice as the process.
        Assert.Equal(process, NiceOf($"/proc/self/task/{Gettid()}/stat"));
        Assert.DoesNotContain(parser.Seen, seen => seen.Tid == Gettid());
    }

    /// <summary>Field 19 of a /proc stat line (after the parenthesised command name, which may hold spaces).</summary>
    private static int NiceOf(string statPath)
    {
        var stat = File.ReadAllText(statPath);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // fields[0] is field 3 (state), so field 19 (nice) is fields[16].
        return int.Parse(fields[16], CultureInfo.InvariantCulture);
    }

    /// <summary>The calling thread's id (field 1 of its own stat).</summary>
    private static int Gettid() => int.Parse(File.ReadAllText("/proc/thread-self/stat").Split(' ')[0], CultureInfo.InvariantCulture);

    private sealed class NiceRecordingParser(IArticleParser inner) : IArticleParser
    {
        public ConcurrentBag<(int Tid, int Nice)> Seen { get; } = [];

        public int MaxFileBytes => inner.MaxFileBytes;

        public ParseResult Parse(string fileName, ReadOnlySpan<byte> bytes, IReadOnlySet<string>? knownBoilerplate = null, DateOnly? today = null)
        {
            var tid = Gettid();
            Seen.Add((tid, NiceOf($"/proc/self/task/{tid}/stat")));
            return inner.Parse(fileName, bytes, knownBoilerplate, today);
        }
    }
}
