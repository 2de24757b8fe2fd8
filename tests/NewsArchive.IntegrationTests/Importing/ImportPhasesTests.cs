using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsArchive.Corpus;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Importing;

/// <summary>
/// The phase table an import logs (<see cref="ImportPhases"/>): on a first import of two batches, with stories
/// placed ahead, every phase it lists has time; the CPU phases together are no more than the process's CPU; the
/// thread CPU clock is read a few times a file, not once a phase.
/// </summary>
public sealed class ImportPhasesTests
{
    /// <summary>Two batches, the second partial: the writer waits for a load, sorts, writes and commits more than once.</summary>
    private const int Files = 1_500;

    [Fact]
    public async Task A_first_import_gives_every_phase_time_and_no_more_cpu_than_the_process_spent()
    {
        var logs = new CapturedLogs();
        await using var harness = new ImportHarness(configure: services => services.AddLogging(builder => builder.AddProvider(logs)));
        CorpusGenerator.WriteTo(harness.SeedsPath, new CorpusGenerator(7, retellPercent: 10, profile: CorpusProfile.ShortItems).Generate(Files));

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var run = await harness.ImportAsync();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        Assert.Equal((ImportStatus.Succeeded, Files), (run.Status, run.Added));
        var phases = logs.Entries.Select(e => e.Values.GetValueOrDefault("Phases")).OfType<ImportPhases>().Single();
        Assert.All(Enumerable.Range(0, ImportPhases.Names.Length), i => Assert.True(phases[i] > TimeSpan.Zero, $"{ImportPhases.Names[i]}: {phases}"));
        // Every phase but the writer's wait for loads is CPU; other tests may run meanwhile, so the process spent at least as much.
        var counted = Enumerable.Range(0, ImportPhases.Names.Length).Where(i => i != ImportPhases.WaitForLoad).Sum(i => phases[i].TotalSeconds);
        Assert.True(counted <= cpu.TotalSeconds, $"{counted:F3} s counted, {cpu.TotalSeconds:F3} CPU s spent: {phases}");
        // A file's two spans on a loading thread read the clock three times; the writer and the placing thread a few times a batch.
        Assert.InRange(phases.ClockReads, 3 * Files, (3 * Files) + 100);
    }
}
