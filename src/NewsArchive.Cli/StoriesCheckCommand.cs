using System.CommandLine;
using System.Globalization;

namespace NewsArchive.Cli;

/// <summary><c>stories-check [--count N] [--seed S] [--retell P]</c>: the story finder's labelled check (<see cref="StoryCheck"/>).</summary>
public static class StoriesCheckCommand
{
    public const int DefaultCount = 5_000;

    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var count = new Option<int>("--count") { Description = "How many articles to generate (1 or more).", DefaultValueFactory = _ => DefaultCount, HelpName = "N" };
        count.Validators.Add(r => Range(r, 1, int.MaxValue, "--count must be 1 or more."));
        var seed = new Option<int>("--seed") { Description = "The corpus seed.", DefaultValueFactory = _ => GenerateCommand.DefaultSeed, HelpName = "S" };
        var retell = new Option<int>("--retell") { Description = "Percentage of articles that retell a recent event in a text of their own (0 to 90).", DefaultValueFactory = _ => StoryCheck.DefaultRetellPercent, HelpName = "P" };
        retell.Validators.Add(r => Range(r, 0, 90, "--retell must be a percentage from 0 to 90."));
        var command = new Command("stories-check", """
            Generate a labelled corpus (copies and retellings), import it into a temporary database with the real
            importer, and print pairwise precision and recall of the copies and stories found.
            Exit codes: 0 measured, 2 bad usage.
            """) { count, seed, retell };
        command.SetAction(async (result, ct) =>
        {
            // A folder of its own, removed afterwards: it made everything in it.
            var work = Directory.CreateTempSubdirectory("newsarchive-stories-check-").FullName;
            try
            {
                var measured = await StoryCheck.RunAsync(result.GetValue(count), result.GetValue(seed), result.GetValue(retell), work, ct);
                await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"generated={result.GetValue(count)} seed={result.GetValue(seed)} retell={result.GetValue(retell)}%"));
                await console.Out.WriteLineAsync(measured.Describe());
                return CliApp.Ok;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(work, recursive: true);
            }
        });
        return command;
    }

    private static void Range(System.CommandLine.Parsing.OptionResult r, int min, int max, string message)
    {
        if (r.Tokens is [{ } token] && int.TryParse(token.Value, CultureInfo.InvariantCulture, out var n) && (n < min || n > max))
        {
            r.AddError(message);
        }
    }
}
