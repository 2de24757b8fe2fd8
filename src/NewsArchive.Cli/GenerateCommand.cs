using System.Diagnostics;
using System.Globalization;
using NewsArchive.Corpus;

namespace NewsArchive.Cli;

/// <summary><c>generate --count N --out DIR [--seed S]</c>: writes a synthetic corpus in the seed format (for benchmarks).</summary>
public static class GenerateCommand
{
    public const int DefaultSeed = 42;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var options = CliOptions.Parse(args, "--count", "--out", "--seed");
        if (options.Error is not null || options.Positional.Count != 0)
        {
            return await CliApp.UsageErrorAsync(stderr, options.Error ?? "generate takes no positional arguments.");
        }
        if (!TryInt(options.Get("--count"), out var count) || count < 0)
        {
            return await CliApp.UsageErrorAsync(stderr, "generate needs --count N (a whole number, 0 or more).");
        }
        var seed = DefaultSeed;
        if (options.Get("--seed") is { } seedText && !TryInt(seedText, out seed))
        {
            return await CliApp.UsageErrorAsync(stderr, "--seed must be a whole number.");
        }
        if (options.Get("--out") is not { Length: > 0 } folder)
        {
            return await CliApp.UsageErrorAsync(stderr, "generate needs --out DIR.");
        }
        var stopwatch = Stopwatch.StartNew();
        var bytes = new CorpusGenerator(seed).WriteTo(folder, count, done => stderr.WriteLine($"generate: {done:N0} files"));
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"generated={count} bytes={bytes} seconds={stopwatch.Elapsed.TotalSeconds:F1} out={Path.GetFullPath(folder)}"));
        return CliApp.Ok;
    }

    private static bool TryInt(string? text, out int value) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
