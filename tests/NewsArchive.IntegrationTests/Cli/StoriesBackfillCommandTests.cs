using NewsArchive.Cli;
using NewsArchive.IntegrationTests.Data;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.IntegrationTests.Stories;

namespace NewsArchive.IntegrationTests.Cli;

/// <summary><c>stories-backfill</c> on the pre-OnePermutation fixture: migrates it, gives it a fresh import's stories without its files, then has nothing to do.</summary>
public sealed class StoriesBackfillCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task An_upgraded_archive_gets_the_stories_of_a_fresh_import_and_a_second_run_places_nothing()
    {
        var database = _temp.Combine("archive.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", OnePermutationUpgradeTests.Fixture), database);

        var first = await RunAsync("stories-backfill", "--db", database);
        var second = await RunAsync("stories-backfill", "--db", database);

        Assert.Equal((CliApp.Ok, $"placed={OnePermutationUpgradeTests.Articles}", ""), (first.Exit, first.Stdout.Trim(), first.Stderr));
        Assert.Equal((CliApp.Ok, "placed=0"), (second.Exit, second.Stdout.Trim()));
        Assert.Equal(await StoryRebuildTests.FreshImportPartitionAsync(), await UpgradeTests.RowsAsync(database, OnePermutationUpgradeTests.PartitionSql));
    }

    [Fact]
    public async Task A_database_that_cannot_be_opened_exits_3()
    {
        var folder = _temp.Combine("a-folder");
        Directory.CreateDirectory(folder);

        var (exit, _, stderr) = await RunAsync("stories-backfill", "--db", folder);

        Assert.Equal(CliApp.RunFailed, exit);
        Assert.StartsWith("error: ", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, new CliConsole(stdout, stderr, TextReader.Null, Interactive: false), TimeProvider.System);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
