using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace NewsArchive.IntegrationTests.Safety;

/// <summary>One import at a time across processes: a lease in the database, and Interrupted only for a run whose process is gone.</summary>
public sealed class ImportLeaseTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(4); // the machine is shared
    private readonly TempFolder _temp = new();

    private string Database => _temp.Combine("lease.db");

    private string Connection => $"Data Source={Database};Pooling=False";

    [Fact]
    public async Task A_second_process_is_told_an_import_is_running_starts_nothing_and_leaves_the_running_run_alone()
    {
        var folder = _temp.CopySeeds();
        await MigrateWithARunningRunAsync();
        var (lease, _) = await ImportLease.TryAcquireAsync(Connection, TimeProvider.System, "the test process", CancellationToken.None);
        Assert.NotNull(lease);

        int refused;
        string stderr;
        using (var cli = new CliProcess("import", folder, "--db", Database))
        {
            refused = await cli.WaitAsync(s_patience);
            stderr = cli.Stderr;
        }

        Assert.Equal(3, refused);
        Assert.Contains($"Failed: An import is already running into this archive in process {Environment.ProcessId} on {Environment.MachineName}, started by the test process at ", stderr, StringComparison.Ordinal);
        Assert.Equal(["Running"], await ArchiveState.RunStatusesAsync(Database));
        Assert.Equal(0, (await ArchiveState.ReadAsync(Database)).Articles);

        await lease!.DisposeAsync();
        using var again = new CliProcess("import", folder, "--db", Database);
        Assert.Equal(0, await again.WaitAsync(s_patience));
        Assert.Equal(["Interrupted", "Succeeded"], await ArchiveState.RunStatusesAsync(Database));
        Assert.Equal(5, (await ArchiveState.ReadAsync(Database)).Articles);
    }

    [Fact]
    public async Task A_lease_left_by_a_process_that_is_gone_does_not_block_the_next_import()
    {
        var folder = _temp.CopySeeds();
        await MigrateWithARunningRunAsync();
        using (var gone = Process.Start("true")!)
        {
            await gone.WaitForExitAsync();
            await SetLeaseAsync($"t|{gone.Id}|{Environment.MachineName}|{DateTime.UtcNow.Ticks}|{DateTime.UtcNow.Ticks}|{DateTime.UtcNow.AddHours(1).Ticks}|crashed cli");
        }

        using var cli = new CliProcess("import", folder, "--db", Database);

        Assert.Equal(0, await cli.WaitAsync(s_patience));
        Assert.Equal(["Interrupted", "Succeeded"], await ArchiveState.RunStatusesAsync(Database));
    }

    [Fact]
    public async Task A_lease_from_another_machine_holds_until_it_is_no_longer_renewed()
    {
        var folder = _temp.CopySeeds();
        await MigrateWithARunningRunAsync();
        var now = DateTime.UtcNow;
        await SetLeaseAsync($"t|1|another-host|0|{now.Ticks}|{now.AddMinutes(1).Ticks}|web app");
        using (var held = new CliProcess("import", folder, "--db", Database))
        {
            Assert.Equal(3, await held.WaitAsync(s_patience));
        }

        await SetLeaseAsync($"t|1|another-host|0|{now.AddMinutes(-5).Ticks}|{now.AddMinutes(-3).Ticks}|web app");
        using var expired = new CliProcess("import", folder, "--db", Database);

        Assert.Equal(0, await expired.WaitAsync(s_patience));
        Assert.Equal(["Interrupted", "Succeeded"], await ArchiveState.RunStatusesAsync(Database));
    }

    [Fact]
    public async Task Two_processes_importing_at_once_never_race_one_is_refused_or_waits_its_turn()
    {
        var folder = _temp.Combine("generated");
        GeneratedArticles.Write(folder, 0, 3000);
        await MigrateAsync();

        using var first = new CliProcess("import", folder, "--db", Database);
        using var second = new CliProcess("import", folder, "--db", Database);
        var exits = await Task.WhenAll(first.WaitAsync(s_patience), second.WaitAsync(s_patience));

        output.WriteLine($"exits {exits[0]} {exits[1]}\n{first.Stderr}\n{second.Stderr}");
        Assert.All(exits, e => Assert.True(e is 0 or 3, $"exit {e}"));
        Assert.Contains(0, exits);
        foreach (var (exit, process) in exits.Zip([first, second]))
        {
            Assert.True(exit == 0 || process.Stderr.Contains("An import is already running into this archive", StringComparison.Ordinal), process.Stderr);
            Assert.DoesNotContain("UNIQUE constraint", process.Stderr, StringComparison.Ordinal);
        }
        Assert.Equal(ArchiveState.Consistent(3000), await ArchiveState.ReadAsync(Database));
        Assert.Equal(Enumerable.Repeat("Succeeded", exits.Count(e => e == 0)), await ArchiveState.RunStatusesAsync(Database));
    }

    private async Task MigrateAsync()
    {
        await using var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions(Connection));
        await ArchiveDatabase.MigrateAsync(db);
    }

    private async Task MigrateWithARunningRunAsync()
    {
        await using var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions(Connection));
        await ArchiveDatabase.MigrateAsync(db);
        db.ImportRuns.Add(new ImportRun { Status = ImportStatus.Running, StartedBy = "earlier", StartedAt = DateTime.UtcNow.AddMinutes(-1) });
        await db.SaveChangesAsync();
    }

    private async Task SetLeaseAsync(string value)
    {
        await using var connection = new SqliteConnection(Connection);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO Settings (Key, Value) VALUES ($key, $value) ON CONFLICT (Key) DO UPDATE SET Value = excluded.Value";
        command.Parameters.AddWithValue("$key", ImportLease.SettingKey);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => _temp.Dispose();
}
