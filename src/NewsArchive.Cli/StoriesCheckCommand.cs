using System.Globalization;

namespace NewsArchive.Cli;

/// <summary><c>stories-check [--count N] [--seed S] [--retell P]</c>: the story finder's labelled check (<see cref="StoryCheck"/>).</summary>
public static class StoriesCheckCommand
{
    public const int DefaultCount = 5_000;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var options = CliOptions.Parse(args, "--count", "--seed", "--retell");
        if (options.Error is not null || options.Positional.Count != 0)
        {
            return await CliApp.UsageErrorAsync(stderr, options.Error ?? "stories-check takes no positional arguments.");
        }
        if (!TryInt(options.Get("--count"), DefaultCount, out var count) || count < 1
            || !TryInt(options.Get("--seed"), GenerateCommand.DefaultSeed, out var seed)
            || !TryInt(options.Get("--retell"), StoryCheck.DefaultRetellPercent, out var retell) || retell is < 0 or > 90)
        {
            return await CliApp.UsageErrorAsync(stderr, "--count must be 1 or more, --seed a whole number, --retell a percentage from 0 to 90.");
        }
        // A folder of its own, removed afterwards: it made everything in it.
        var work = Directory.CreateTempSubdirectory("newsarchive-stories-check-").FullName;
        try
        {
            var result = await StoryCheck.RunAsync(count, seed, retell, work);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"generated={count} seed={seed} retell={retell}%"));
            await stdout.WriteLineAsync(result.Describe());
            return CliApp.Ok;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(work, recursive: true);
        }
    }

    private static bool TryInt(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
