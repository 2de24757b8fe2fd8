using NewsArchive.Cli;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Cli;

public sealed class GenerateCommandTests
{
    [Fact]
    public async Task Generate_writes_the_files_and_prints_a_summary()
    {
        using var folder = new TempFolder();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await CliApp.RunAsync(["generate", "--count", "25", "--out", folder.Path, "--seed", "9"], stdout, stderr);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Equal(25, Directory.GetFiles(folder.Path, "*.txt", SearchOption.AllDirectories).Length);
        Assert.StartsWith("generated=25 bytes=", stdout.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("generate", "--out", "x")]
    [InlineData("generate", "--count", "ten", "--out", "x")]
    [InlineData("generate", "--count", "5")]
    [InlineData("generate", "--count", "5", "--out", "x", "--seed", "s")]
    public async Task Generate_with_bad_arguments_is_a_usage_error(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        Assert.Equal(CliApp.Usage, await CliApp.RunAsync(args, stdout, stderr));
    }
}
