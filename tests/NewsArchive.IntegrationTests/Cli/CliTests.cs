using System.Text.Json;
using NewsArchive.Cli;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    [Fact]
    public async Task Parse_prints_one_json_object_per_seed_in_name_order()
    {
        var exit = await CliApp.RunAsync(["parse", RepoPaths.Seeds], _stdout, _stderr);

        Assert.Equal(CliApp.Ok, exit);
        var lines = Lines();
        Assert.Equal(5, lines.Count);
        var files = lines.Select(l => l.GetProperty("file").GetString()).ToList();
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
        foreach (var line in lines)
        {
            Assert.Equal(JsonValueKind.String, line.GetProperty("title").ValueKind);
            Assert.True(line.TryGetProperty("titleDerived", out _));
            Assert.True(line.TryGetProperty("published", out _));
            Assert.True(line.TryGetProperty("source", out _));
            Assert.False(string.IsNullOrWhiteSpace(line.GetProperty("body").GetString()));
            Assert.False(line.TryGetProperty("error", out _));
        }
    }

    [Fact]
    public async Task Parse_reports_a_bad_file_with_an_error_field_and_exit_code_1()
    {
        var empty = _folder.Combine("empty.txt");
        await File.WriteAllTextAsync(empty, "");

        var exit = await CliApp.RunAsync(["parse", empty], _stdout, _stderr);

        Assert.Equal(CliApp.Failed, exit);
        var line = Assert.Single(Lines());
        Assert.Equal("empty.txt", line.GetProperty("file").GetString());
        Assert.False(string.IsNullOrWhiteSpace(line.GetProperty("error").GetString()));
        Assert.Contains("empty.txt", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("frobnicate")]
    [InlineData("parse")]
    [InlineData("import")]
    [InlineData("import seeds --db")]
    [InlineData("import seeds --colour red")]
    public async Task Bad_usage_exits_with_code_2_and_says_why(string commandLine)
    {
        var exit = await CliApp.RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries), _stdout, _stderr);

        Assert.Equal(CliApp.Usage, exit);
        Assert.Contains("Usage", _stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("", _stdout.ToString());
    }

    [Fact]
    public async Task Import_prints_the_summary_line_and_is_idempotent()
    {
        var db = _folder.Combine("cli.db");

        var first = await CliApp.RunAsync(["import", RepoPaths.Seeds, "--db", db], _stdout, _stderr);
        var second = await CliApp.RunAsync(["import", RepoPaths.Seeds, "--db", db], _stdout, _stderr);

        Assert.Equal((CliApp.Ok, CliApp.Ok), (first, second));
        Assert.Equal(
            ["added=5 updated=0 unchanged=0 failed=0 missing=0", "added=0 updated=0 unchanged=5 failed=0 missing=0"],
            _stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private List<JsonElement> Lines() =>
        _stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    public void Dispose()
    {
        _stdout.Dispose();
        _stderr.Dispose();
        _folder.Dispose();
    }
}
