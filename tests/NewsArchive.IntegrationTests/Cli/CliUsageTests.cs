using NewsArchive.Cli;

namespace NewsArchive.IntegrationTests.Cli;

public sealed class CliUsageTests
{
    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, new CliConsole(stdout, stderr, TextReader.Null, Interactive: false), TimeProvider.System);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("parse", new[] { "<file-or-folder>" }, "0 every file parsed, 1 a file failed, 2 bad usage")]
    [InlineData("import", new[] { "<folder>", "--db", "--quiet", "--json", "--progress-seconds" }, "0 all imported or unchanged, 1 some files failed, 3 the run failed, 2 bad usage")]
    [InlineData("set-password", new[] { "--db", "--password" }, "0 changed, 1 the password was refused (too short), 2 bad usage")]
    [InlineData("generate", new[] { "--count", "--out", "--seed" }, "0 written, 2 bad usage")]
    [InlineData("stories-backfill", new[] { "--db" }, "0 done, 2 bad usage, 3 the database could not be opened or written")]
    public async Task Every_command_has_help_with_each_option_described_and_its_exit_codes(string command, string[] options, string exitCodes)
    {
        var (exit, stdout, _) = await RunAsync(command, "--help");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains($"Exit codes: {exitCodes}.", stdout, StringComparison.Ordinal);
        var lines = stdout.Split('\n');
        foreach (var option in options)
        {
            var line = Assert.Single(lines, l => l.TrimStart().StartsWith(option, StringComparison.Ordinal)
                || l.TrimStart().StartsWith("-q, " + option, StringComparison.Ordinal));
            Assert.Matches(@"\S+\s{2,}\w", line.Trim()); // a description follows the option
        }
    }

    [Fact]
    public async Task Version_prints_the_version_and_exits_0()
    {
        var (exit, stdout, _) = await RunAsync("--version");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", stdout);
    }

    [Theory]
    [InlineData("--count must be 0 or more.", "generate", "--count", "-3", "--out", "x")]
    [InlineData("Cannot parse argument 'ten' for option '--count'", "generate", "--count", "ten", "--out", "x")]
    [InlineData("Option '--out' is required.", "generate", "--count", "3")]
    [InlineData("The folder '/no/such/folder' does not exist.", "import", "/no/such/folder")]
    [InlineData("--progress-seconds must be from 1 to 3600.", "import", ".", "--progress-seconds", "0")]
    [InlineData("Unrecognized command or argument '--colour'", "import", ".", "--colour", "red")]
    [InlineData("Required argument 'file-or-folder' missing", "parse")]
    public async Task Bad_usage_exits_2_with_the_reason_and_the_commands_help_on_stderr(string message, params string[] args)
    {
        var (exit, stdout, stderr) = await RunAsync(args);

        Assert.Equal(CliApp.Usage, exit);
        Assert.Equal("", stdout);
        Assert.Contains("error: " + message, stderr, StringComparison.Ordinal);
        Assert.Contains($"Usage:", stderr, StringComparison.Ordinal);
        Assert.Contains($" {args[0]} ", stderr, StringComparison.Ordinal);
    }
}
