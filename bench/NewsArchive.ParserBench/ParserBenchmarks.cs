using BenchmarkDotNet.Attributes;
using NewsArchive.Parsing;

namespace NewsArchive.ParserBench;

/// <summary>One operation parses the whole in-memory corpus once, on one thread.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private readonly ArticleTextParser _parser = new();
    private ParserCorpus _corpus = null!;

    [GlobalSetup]
    public void Setup() => _corpus = ParserCorpus.Shared;

    [Benchmark(Description = "Parse corpus")]
    public int ParseCorpus()
    {
        var started = Environment.CpuUsage.TotalTime;
        var parsed = 0;
        foreach (var (name, bytes) in _corpus.Files)
        {
            parsed += _parser.Parse(name, bytes).Succeeded ? 1 : 0;
        }
        CpuTimes.Record(Environment.CpuUsage.TotalTime - started);
        return parsed;
    }
}
