using System.Text.Json;
using NewsArchive.Cli;
using NewsArchive.UnitTests.Parsing;

namespace NewsArchive.IntegrationTests.Cli;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parse-command-").FullName;

    public void Dispose() => Directory.Delete(_folder, true);

    private static (int Exit, List<JsonElement> Lines, string Output) Run(params string[] paths)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApp.RunAsync(["parse", .. paths], stdout, stderr).GetAwaiter().GetResult();
        var output = stdout.ToString();
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        return (exit, lines, output);
    }

    [Fact]
    public void A_folder_gives_one_json_line_per_txt_file_in_name_order()
    {
        File.WriteAllText(Path.Combine(_folder, "b.txt"), SampleText.Article(header: " date 2021-03-01 0\n"));
        File.WriteAllText(Path.Combine(_folder, "a.txt"), SampleText.Article().Replace("library", "biblioteca «pública»", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(_folder, "c.md"), "not an article");

        var (exit, lines, output) = Run(_folder);

        Assert.Equal(0, exit);
        Assert.Equal(["a.txt", "b.txt"], lines.Select(l => l.GetProperty("file").GetString()));
        Assert.Equal("2021-03-01", lines[1].GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("published").ValueKind);
        Assert.False(lines[1].GetProperty("titleDerived").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("source").ValueKind);
        Assert.Contains("\n\n", lines[1].GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.False(lines[1].TryGetProperty("error", out _));
        Assert.Contains("biblioteca «pública»", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_fails_gets_an_error_field_and_exit_code_1()
    {
        var empty = Path.Combine(_folder, "empty.txt");
        File.WriteAllText(empty, "");

        var (exit, lines, _) = Run(empty, Path.Combine(_folder, "missing.txt"));

        Assert.Equal(1, exit);
        Assert.Equal("The file is empty.", lines[0].GetProperty("error").GetString());
        Assert.StartsWith("No such file", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
    }
}
