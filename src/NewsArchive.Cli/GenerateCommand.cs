using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsArchive.Corpus;

namespace NewsArchive.Cli;

/// <summary><c>generate --count N --out DIR [--seed S] [--profile long|short]</c>: writes a synthetic corpus in the seed format (for benchmarks).</summary>
public static class GenerateCommand
{
    public const int DefaultSeed = 42;

    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var count = new Option<int>("--count") { Description = "How many articles to write (0 or more).", Required = true, HelpName = "N" };
        count.Validators.Add(r =>
        {
            // A value that is no number is System.CommandLine's own error; this checks the range of one that is.
            if (r.Tokens is [{ } token] && int.TryParse(token.Value, CultureInfo.InvariantCulture, out var n) && n < 0)
            {
                r.AddError("--count must be 0 or more.");
            }
        });
        var output = new Option<string>("--out") { Description = "The folder to write them to (created when missing).", Required = true, HelpName = "dir" };
        var seed = new Option<int>("--seed") { Description = "The random seed: the same seed writes the same corpus.", DefaultValueFactory = _ => DefaultSeed, HelpName = "S" };
        var profile = new Option<string>("--profile")
        {
            Description = "long: web pages of ~4.3 KB (the default); short: 1-2 KB wire briefs, tables of figures and statements.",
            DefaultValueFactory = _ => "long",
            HelpName = "long|short",
        };
        profile.AcceptOnlyFromAmong("long", "short");
        var command = new Command("generate", """
            Write N synthetic articles in the seed format, for benchmarks, and print
            generated=N bytes=B seconds=S out=DIR.
            Exit codes: 0 written, 2 bad usage.
            """) { count, output, seed, profile };
        command.SetAction(async (result, _) =>
        {
            var stopwatch = Stopwatch.StartNew();
            var folder = result.GetValue(output)!;
            var n = result.GetValue(count);
            var bytes = new CorpusGenerator(result.GetValue(seed), profile: CorpusProfiles.Parse(result.GetValue(profile)) ?? CorpusProfile.LongPages).WriteTo(folder, n, done => console.Error.WriteLine($"generate: {done:N0} files"));
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"generated={n} bytes={bytes} seconds={stopwatch.Elapsed.TotalSeconds:F1} out={Path.GetFullPath(folder)}"));
            return CliApp.Ok;
        });
        return command;
    }
}
