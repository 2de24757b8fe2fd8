using System.Diagnostics;
using CsCheck;
using NewsArchive.Importing;

namespace NewsArchive.UnitTests.Importing;

/// <summary>
/// The import's phase clock (<see cref="ImportPhases"/>): a span's CPU is split between its phases in proportion to
/// their wall time, whole nanoseconds that sum to it; a span reads the thread CPU clock only as it begins and ends;
/// a wait taken out of a span (<see cref="ImportPhases.PhaseSpan.Skip"/>) weighs nothing in the split; a span that
/// moves thread, or lapped after a wait, counts at wall time.
/// </summary>
public class ImportPhasesTests
{
    private static readonly Gen<long[]> s_weights = Gen.OneOf(Gen.Long[0, 10], Gen.Long[0, 1_000_000], Gen.Long[0, 100_000_000_000], Gen.Const(0L)).Array[1, ImportPhases.Names.Length];

    private static readonly Gen<long> s_cpu = Gen.OneOf(Gen.Long[0, 1_000], Gen.Long[0, 10_000_000_000_000]);

    [Fact]
    public void The_shares_sum_to_the_span_s_cpu_none_negative_each_within_a_nanosecond_of_its_proportion()
    {
        Gen.Select(s_cpu, s_weights).Sample((cpu, weights) =>
        {
            var shares = new long[weights.Length];
            var total = weights.Sum();

            var split = ImportPhases.Split(cpu, weights, shares);

            Assert.Equal(total > 0, split);
            Assert.All(shares, share => Assert.True(share >= 0));
            if (!split)
            {
                Assert.All(shares, share => Assert.Equal(0, share));
                return;
            }
            Assert.Equal(cpu, shares.Sum());
            for (var i = 0; i < weights.Length; i++)
            {
                // |share - cpu × weight / total| < 1, in integers: |share × total - cpu × weight| < total.
                var off = ((Int128)shares[i] * total) - ((Int128)cpu * weights[i]);
                Assert.True(Int128.Abs(off) < total, $"share {shares[i]} of {cpu} for weight {weights[i]} of {total}");
                if (weights[i] == 0)
                {
                    Assert.Equal(0, shares[i]);
                }
            }
        }, iter: 20_000);
    }

    [Fact]
    public void Equal_weights_get_equal_shares_to_the_nanosecond_and_a_weight_twice_another_twice_its_share()
    {
        Gen.Select(Gen.Long[0, 1_000_000_000_000], Gen.Long[1, 1_000_000_000], Gen.Int[1, 7]).Sample((cpu, weight, count) =>
        {
            var weights = Enumerable.Repeat(weight, count).Append(2 * weight).ToArray();
            var shares = new long[weights.Length];

            ImportPhases.Split(cpu, weights, shares);

            var equal = shares[..count];
            Assert.True(equal.Max() - equal.Min() <= 1);
            Assert.True(Math.Abs(shares[count] - (2 * equal.Average())) <= 2);
        }, iter: 5_000);
    }

    [Fact]
    public void A_span_reads_the_cpu_clock_twice_and_its_phases_share_its_cpu_by_wall_time()
    {
        var phases = new ImportPhases();

        var span = phases.Begin();
        var first = Spin(TimeSpan.FromMilliseconds(30));
        span.Lap(ImportPhases.Parse);
        var second = Spin(TimeSpan.FromMilliseconds(60));
        span.Lap(ImportPhases.Sketch);
        span.End();

        Assert.Equal(2, phases.ClockReads);
        Assert.Equal(0, phases.WallSegments);
        var (parse, sketch) = (phases[ImportPhases.Parse], phases[ImportPhases.Sketch]);
        Assert.True(parse > TimeSpan.Zero && sketch > TimeSpan.Zero, phases.ToString());
        // The CPU of one thread is no more than its wall time.
        Assert.True(parse + sketch <= first + second + TimeSpan.FromMilliseconds(5), phases.ToString());
        Assert.InRange(parse / (parse + sketch), first / (first + second) - 0.05, first / (first + second) + 0.05);
    }

    [Fact]
    public void A_wait_skipped_in_a_span_weighs_nothing_in_the_split()
    {
        var phases = new ImportPhases();

        var span = phases.Begin();
        var first = Spin(TimeSpan.FromMilliseconds(30));
        span.Lap(ImportPhases.Decide);
        Thread.Sleep(150);
        span.Skip();
        var second = Spin(TimeSpan.FromMilliseconds(30));
        span.Lap(ImportPhases.Results);
        span.End();

        var (decide, results) = (phases[ImportPhases.Decide], phases[ImportPhases.Results]);
        // Had the sleep counted, results would have (150 + 30) / 210 of the CPU.
        Assert.InRange(results / (decide + results), second / (first + second) - 0.1, second / (first + second) + 0.1);
        Assert.True(decide + results <= first + second + TimeSpan.FromMilliseconds(5), phases.ToString());
    }

    [Fact]
    public void A_span_that_moved_thread_counts_at_wall_time_and_goes_on_from_there()
    {
        var phases = new ImportPhases();
        var span = phases.Begin();
        Thread.Sleep(80);

        var other = new Thread(() =>
        {
            span.Lap(ImportPhases.Read);
            Spin(TimeSpan.FromMilliseconds(10));
            span.Lap(ImportPhases.Hash);
            span.End();
        });
        other.Start();
        other.Join();

        // Slept, so it used no CPU: only the wall clock gives it its 80 ms.
        Assert.True(phases[ImportPhases.Read] >= TimeSpan.FromMilliseconds(80), phases.ToString());
        Assert.Equal(1, phases.WallSegments);
        // Begun again on the other thread: its CPU clock, read twice more.
        Assert.Equal(3, phases.ClockReads);
        Assert.True(phases[ImportPhases.Hash] > TimeSpan.Zero && phases[ImportPhases.Hash] <= TimeSpan.FromMilliseconds(15), phases.ToString());
    }

    [Fact]
    public void A_lap_after_a_wait_counts_the_span_so_far_at_wall_time()
    {
        var phases = new ImportPhases();

        var span = phases.Begin();
        Thread.Sleep(80);
        span.LapAfterWait(ImportPhases.Read);
        Spin(TimeSpan.FromMilliseconds(10));
        span.Lap(ImportPhases.Parse);
        span.End();

        Assert.True(phases[ImportPhases.Read] >= TimeSpan.FromMilliseconds(80), phases.ToString());
        Assert.Equal((1, 3L), ((int)phases.WallSegments, phases.ClockReads));
        Assert.True(phases[ImportPhases.Parse] > TimeSpan.Zero && phases[ImportPhases.Parse] <= TimeSpan.FromMilliseconds(15), phases.ToString());
    }

    [Fact]
    public void A_cut_ends_one_span_and_begins_the_next_on_one_clock_read()
    {
        var phases = new ImportPhases();

        var span = phases.Begin();
        Spin(TimeSpan.FromMilliseconds(10));
        span.Lap(ImportPhases.LineCounts);
        span.Cut();
        Thread.Sleep(60);
        span.Lap(ImportPhases.Commit);
        span.End();

        Assert.Equal(3, phases.ClockReads);
        Assert.Equal(0, phases.WallSegments);
        // The commit slept: its span's CPU, not the line counts' share of the two.
        Assert.True(phases[ImportPhases.Commit] < TimeSpan.FromMilliseconds(20), phases.ToString());
        Assert.True(phases[ImportPhases.LineCounts] > TimeSpan.FromMilliseconds(1), phases.ToString());
    }

    [Fact]
    public async Task A_wait_for_a_task_not_done_counts_in_no_phase()
    {
        var phases = new ImportPhases();

        var span = phases.Begin();
        Spin(TimeSpan.FromMilliseconds(10));
        span.Lap(ImportPhases.Stories);
        await span.WaitAsync(Task.Delay(100));
        span.Lap(ImportPhases.LineCounts);
        span.End();

        var counted = Enumerable.Range(0, ImportPhases.Names.Length).Sum(i => phases[i].TotalMilliseconds);
        Assert.True(counted < 50, phases.ToString());
        Assert.True(phases[ImportPhases.Stories] > TimeSpan.FromMilliseconds(1), phases.ToString());
    }

    [Fact]
    public void Wait_for_load_is_wall_time_with_no_clock_read()
    {
        var phases = new ImportPhases();

        phases.AddWall(ImportPhases.WaitForLoad, Stopwatch.Frequency / 4);

        Assert.Equal(TimeSpan.FromMilliseconds(250), phases[ImportPhases.WaitForLoad]);
        Assert.Equal(0, phases.ClockReads);
    }

    /// <summary>Keeps the thread busy for about <paramref name="time"/>; returns the wall time it took.</summary>
    private static TimeSpan Spin(TimeSpan time)
    {
        var started = Stopwatch.GetTimestamp();
        var x = 0UL;
        while (Stopwatch.GetElapsedTime(started) < time)
        {
            for (var i = 0; i < 1_000; i++)
            {
                x = (x * 6364136223846793005UL) + 1442695040888963407UL;
            }
        }
        GC.KeepAlive(x);
        return Stopwatch.GetElapsedTime(started);
    }
}
