using System.CommandLine;

namespace NewsArchive.Cli;

/// <summary>
/// The command line (System.CommandLine): <c>parse</c>, <c>import</c>, <c>set-password</c>, <c>generate</c>,
/// <c>stories-check</c>, <c>stories-backfill</c>, each with
/// <c>--help</c>; <c>--version</c>. Bad usage (an unknown command or option, a missing or invalid value) exits 2
/// with the reason and the command's help on stderr.
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int RunFailed = 3;

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, new CliConsole(stdout, stderr, Console.In, Interactive: false), TimeProvider.System);

    public static async Task<int> RunAsync(string[] args, CliConsole console, TimeProvider clock, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var root = Build(console, clock);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"error: {error.Message}");
            }
            await console.Error.WriteLineAsync();
            HelpFor(root, parsed.CommandResult.Command).Invoke(new InvocationConfiguration { Output = console.Error, Error = console.Error });
            return Usage;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, ct);
    }

    private static RootCommand Build(CliConsole console, TimeProvider clock)
    {
        var root = new RootCommand("NewsArchive's command line: parse article files, import a folder into the archive's "
            + "database, set the admin password, generate a synthetic corpus. Run a command with --help for its options and exit codes.");
        root.Subcommands.Add(ParseCommand.Create(console, clock));
        root.Subcommands.Add(ImportCommand.Create(console, clock));
        root.Subcommands.Add(SetPasswordCommand.Create(console));
        root.Subcommands.Add(GenerateCommand.Create(console));
        root.Subcommands.Add(StoriesCheckCommand.Create(console));
        root.Subcommands.Add(StoriesBackfillCommand.Create(console));
        return root;
    }

    /// <summary>The help of <paramref name="command"/>, as <c>--help</c> on its command line would print it.</summary>
    private static ParseResult HelpFor(RootCommand root, Command command)
    {
        var path = new List<string>();
        for (var current = command; current is not null && current != root; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            path.Insert(0, current.Name);
        }
        return root.Parse([.. path, "--help"]);
    }

    /// <summary>The <c>--db</c> option that import and set-password share.</summary>
    public static Option<string> DatabaseOption() => new("--db")
    {
        Description = "The SQLite database: a file path or a connection string (default: data/newsarchive.db under the working folder).",
        HelpName = "file|connection",
        DefaultValueFactory = _ => Data.DataServiceCollectionExtensions.DefaultConnectionString,
    };
}
