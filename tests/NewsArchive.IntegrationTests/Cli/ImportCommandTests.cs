using System.Text.Json;
using NewsArchive.Cli;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.IntegrationTests.Safety;

namespace NewsArchive.IntegrationTests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, new CliConsole(stdout, stderr, TextReader.Null, Interactive: false), TimeProvider.System);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Json_prints_the_summary_as_one_json_object_and_nothing_else()
    {
        var (exit, stdout, _) = await RunAsync("import", RepoPaths.Seeds, "--db", _temp.Combine("a.db"), "--json");

        Assert.Equal(CliApp.Ok, exit);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var summary = JsonDocument.Parse(line).RootElement;
        Assert.Equal("Succeeded", summary.GetProperty("status").GetString());
        Assert.Equal(1, summary.GetProperty("runId").GetInt32());
        Assert.Equal(5, summary.GetProperty("added").GetInt32());
        Assert.Equal(0, summary.GetProperty("failed").GetInt32());
        Assert.True(summary.GetProperty("seconds").GetDouble() > 0);
    }

    [Fact]
    public async Task Quiet_leaves_stderr_empty_and_prints_the_summary()
    {
        var (exit, stdout, stderr) = await RunAsync("import", RepoPaths.Seeds, "--db", _temp.Combine("q.db"), "--quiet");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal("", stderr);
        Assert.Equal("added=5 updated=0 unchanged=0 failed=0 missing=0", stdout.Trim());
    }

    [Fact]
    public async Task A_file_that_fails_exits_1_and_a_run_that_fails_exits_3()
    {
        var folder = _temp.Combine("mixed");
        GeneratedArticles.Write(folder, 0, 2);
        await File.WriteAllBytesAsync(Path.Combine(folder, "binary.txt"), new byte[64]);
        var notADatabase = _temp.Combine("a-folder");
        Directory.CreateDirectory(notADatabase);

        var (someFailed, summary, _) = await RunAsync("import", folder, "--db", _temp.Combine("m.db"));
        var (runFailed, _, why) = await RunAsync("import", folder, "--db", notADatabase);

        Assert.Equal(CliApp.Failed, someFailed);
        Assert.Equal("added=2 updated=0 unchanged=0 failed=1 missing=0", summary.Trim());
        Assert.Equal(CliApp.RunFailed, runFailed);
        Assert.Contains("error: ", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirected_the_import_writes_a_plain_progress_line_every_few_seconds()
    {
        var folder = _temp.Combine("many");
        GeneratedArticles.Write(folder, 0, 4000);

        using var cli = new CliProcess("import", folder, "--db", _temp.Combine("p.db"), "--progress-seconds", "1");
        var exit = await cli.WaitAsync(TimeSpan.FromMinutes(4));

        Assert.Equal(CliApp.Ok, exit);
        var lines = cli.Stderr.Split('\n').Where(l => l.StartsWith("import: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(
            @"^import: [\d,]+ of 4,000 files \(\d+\.\d %\), [\d,]+ files/s, (about \S+( \S+)? left|time left unknown)(, now \S+\.txt)?$", l.TrimEnd()));
        Assert.Equal("added=4000 updated=0 unchanged=0 failed=0 missing=0", cli.Stdout.Trim());
    }

    public void Dispose() => _temp.Dispose();
}
