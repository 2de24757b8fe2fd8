using NewsArchive.Bench;

namespace NewsArchive.Bench.Tests;

/// <summary>The benchmark's smoke run: every part runs end to end on a small corpus (its numbers are not checked).</summary>
public sealed class BenchSmokeTests
{
    [Fact]
    public async Task Smoke_run_imports_both_ways_and_measures_search_and_browsing_for_each_profile()
    {
        using var output = new StringWriter();

        var exit = await BenchApp.RunAsync(["--smoke"], output);

        var text = output.ToString();
        Assert.True(exit == 0, text);
        Assert.Contains("## short profile, 2,000 articles", text, StringComparison.Ordinal);
        Assert.Contains("## long profile, 2,000 articles", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split('\n').Count(l => l.StartsWith("| raw FTS5 bulk load | 2,000 |", StringComparison.Ordinal)));
        Assert.Contains("App import by phase", text, StringComparison.Ordinal);
        Assert.Contains("| app import (parse, store, index) | 2,000 |", text, StringComparison.Ordinal);
        Assert.Contains("| common `government` relevance |", text, StringComparison.Ordinal);
        Assert.Contains("| /ping (HTTP ceiling) |", text, StringComparison.Ordinal);
        var rows = text.Split('\n').Where(l => l.StartsWith("| /ping", StringComparison.Ordinal) || l.StartsWith("| home", StringComparison.Ordinal)
            || l.StartsWith("| article", StringComparison.Ordinal) || l.StartsWith("| rare", StringComparison.Ordinal)).ToList();
        Assert.Equal(16, rows.Count);
        Assert.All(rows, row => Assert.EndsWith("| 0 |", row, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        using var output = new StringWriter();

        Assert.Equal(2, await BenchApp.RunAsync(["--bogus"], output));
    }
}
