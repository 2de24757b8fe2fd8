namespace NewsArchive.Cli;

/// <summary>Dispatches the command line to a command. Exit codes: 0 success, 1 a file or run failed, 2 bad usage.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    private const string Help = """
        Usage:
          newsarchive parse <file-or-folder>...             print one JSON line per file (stdout)
          newsarchive import <folder> [--db <file|conn>]    import a seeds folder into the database
          newsarchive set-password [--db <file|conn>] [--password <p>]
                                                            set the admin password (read from stdin without --password)
          newsarchive generate --count N --out <dir> [--seed S]
                                                            write N synthetic articles in the seed format
          newsarchive stories-check [--count N] [--seed S] [--retell P]
                                                            score the copies and stories found on a labelled generated corpus
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await stderr.WriteLineAsync(Help);
            return args.Length == 0 ? Usage : Ok;
        }
        var rest = args[1..];
        return args[0] switch
        {
            "parse" => await ParseCommand.RunAsync(rest, stdout, stderr),
            "import" => await ImportCommand.RunAsync(rest, stdout, stderr),
            "set-password" => await SetPasswordCommand.RunAsync(rest, Console.In, stdout, stderr),
            "generate" => await GenerateCommand.RunAsync(rest, stdout, stderr),
            "stories-check" => await StoriesCheckCommand.RunAsync(rest, stdout, stderr),
            _ => await UsageErrorAsync(stderr, $"Unknown command '{args[0]}'."),
        };
    }

    public static async Task<int> UsageErrorAsync(TextWriter stderr, string message)
    {
        ArgumentNullException.ThrowIfNull(stderr);
        await stderr.WriteLineAsync($"error: {message}");
        await stderr.WriteLineAsync(Help);
        return Usage;
    }
}
