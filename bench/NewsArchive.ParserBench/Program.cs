using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NewsArchive.ParserBench;

const int Iterations = 15;

// In-process: measured in this Release process (no generated project to build, which would pick up the
// repository's strict build settings). One operation an iteration, so the last operations are the measured ones.
// 30 warm-up operations: with 5, the measured ones still ran code the JIT was recompiling (tier 0 to tier 1 with
// dynamic PGO): 430 ms falling steadily to 54 ms over the 15 measured operations, on a quiet machine.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
        .WithWarmupCount(30).WithIterationCount(Iterations).WithInvocationCount(1).WithUnrollFactor(1))
    .AddColumn(StatisticColumn.Min, StatisticColumn.Median, new ThroughputColumn());
var corpus = ParserCorpus.Shared;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Corpus: {corpus.Files.Count} files ({ParserCorpus.GeneratedArticles} generated with seed {ParserCorpus.GeneratorSeed}, the rest the repository's seeds), {corpus.Bytes:N0} bytes"));
var summary = BenchmarkRunner.Run<ParserBenchmarks>(config, args);
foreach (var report in summary.Reports)
{
    var wall = ThroughputColumn.MegabytesPerSecond(summary, report.BenchmarkCase);
    var fastest = corpus.Bytes / 1e6 / (report.ResultStatistics?.Min / 1e9);
    var cpu = CpuTimes.MedianOfLast(Iterations);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Parser throughput, one thread: {wall:F1} MB/s wall clock (mean {report.ResultStatistics?.Mean / 1e6:F1} ms; {fastest:F1} MB/s in the fastest iteration), {corpus.Bytes / 1e6 / cpu?.TotalSeconds:F1} MB/s of CPU time (median {cpu?.TotalMilliseconds:F1} ms); {corpus.Bytes:N0} bytes an operation"));
}
return summary.HasCriticalValidationErrors ? 1 : 0;
