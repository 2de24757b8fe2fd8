using NewsArchive.Admin;
using NewsArchive.Cli;
using NewsArchive.Data;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Admin;

public sealed class SetPasswordCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Database => _temp.Combine("archive.db");

    [Fact]
    public async Task Set_password_reads_the_password_from_stdin_and_stores_its_hash()
    {
        var (exit, _, _) = await RunAsync(["set-password", "--db", Database], "a new long password\n");

        Assert.Equal(CliApp.Ok, exit);
        var hash = await StoredHashAsync();
        Assert.True(AdminPasswordHasher.Verify(hash!, "a new long password"));
        Assert.False(AdminPasswordHasher.Verify(hash!, "another password"));
    }

    [Fact]
    public async Task Set_password_takes_the_password_option_and_replaces_the_earlier_hash()
    {
        await RunAsync(["set-password", "--db", Database, "--password", "first password"], "");

        var (exit, stdout, _) = await RunAsync(["set-password", "--db", Database, "--password", "second password"], "");

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("password of 'admin' was changed", stdout, StringComparison.Ordinal);
        Assert.True(AdminPasswordHasher.Verify((await StoredHashAsync())!, "second password"));
    }

    [Theory]
    [InlineData("short\n")]
    [InlineData("\n")]
    [InlineData("")]
    public async Task Set_password_refuses_a_short_or_empty_password_and_changes_nothing(string stdin)
    {
        var (exit, _, stderr) = await RunAsync(["set-password", "--db", Database], stdin);

        Assert.Equal(CliApp.Failed, exit);
        Assert.Contains("Nothing was changed", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Database));
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string[] args, string stdin)
    {
        using var input = new StringReader(stdin);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await SetPasswordCommand.RunAsync(args[1..], input, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private async Task<string?> StoredHashAsync()
    {
        await using var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions($"Data Source={Database}"));
        return await new AdminPasswordStore(db).GetHashAsync();
    }

    public void Dispose() => _temp.Dispose();
}
