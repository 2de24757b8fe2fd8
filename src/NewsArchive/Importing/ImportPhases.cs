using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsArchive.Importing;

/// <summary>
/// Where one import's CPU went, phase by phase: each phase adds the CPU time its thread spent in it (Linux
/// <c>CLOCK_THREAD_CPUTIME_ID</c>, so a machine shared with other work does not inflate it), or its wall time when
/// it ended on another thread than it began (an awaited read) or the clock is not there. Loading phases are summed
/// over the loading threads. Logged when a run ends; the benchmark prints it under its import table.
/// </summary>
public sealed partial class ImportPhases
{
    private const int ThreadCpuClock = 3;
    private static bool s_noThreadClock = !OperatingSystem.IsLinux();

    private readonly long[] _ticks = new long[Names.Length];

    /// <summary>The phases, in the order they are reported.</summary>
    public static readonly string[] Names =
    [
        "read", "hash", "parse", "sketch", "wait-for-load", "decide", "sort-keys", "stories", "article-rows", "fts", "line-counts", "results", "commit", "learn", "place-ahead",
    ];

    public const int Read = 0;
    public const int Hash = 1;
    public const int Parse = 2;
    public const int Sketch = 3;
    public const int WaitForLoad = 4;
    public const int Decide = 5;
    public const int SortKeys = 6;
    public const int Stories = 7;
    public const int Articles = 8;
    public const int FullText = 9;
    public const int LineCounts = 10;
    public const int Results = 11;
    public const int Commit = 12;
    public const int Learn = 13;

    /// <summary>Placing articles in stories ahead of the writer, on a thread of its own (the writer's wait for it is under <see cref="Stories"/>).</summary>
    public const int PlaceAhead = 14;

    /// <summary>A timestamp to pass to <see cref="Add"/>.</summary>
    public static Stamp Start() => new(Environment.CurrentManagedThreadId, ThreadCpuNanoseconds(), Stopwatch.GetTimestamp());

    /// <summary>Adds the time since <paramref name="started"/> to <paramref name="phase"/> (thread-safe); returns now, to chain phases.</summary>
    public Stamp Add(int phase, Stamp started)
    {
        var now = Start();
        var nanoseconds = now.Thread == started.Thread && now.CpuNanoseconds >= 0 && started.CpuNanoseconds >= 0
            ? now.CpuNanoseconds - started.CpuNanoseconds
            : (long)Stopwatch.GetElapsedTime(started.WallTicks, now.WallTicks).TotalNanoseconds;
        Interlocked.Add(ref _ticks[phase], nanoseconds);
        return now;
    }

    public TimeSpan this[int phase] => TimeSpan.FromMicroseconds(Interlocked.Read(ref _ticks[phase]) / 1000.0);

    /// <summary>The calling thread's CPU time in nanoseconds, or -1 where the clock is not available.</summary>
    private static long ThreadCpuNanoseconds()
    {
        if (s_noThreadClock)
        {
            return -1;
        }
        try
        {
            return clock_gettime(ThreadCpuClock, out var time) == 0 ? time.Seconds * 1_000_000_000 + time.Nanoseconds : -1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            s_noThreadClock = true;
            return -1;
        }
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct TimeSpec
    {
        public readonly long Seconds;
        public readonly long Nanoseconds;
    }

    /// <summary>When a phase began: on which thread, its CPU time then (-1: unknown) and the wall clock.</summary>
    public readonly record struct Stamp(int Thread, long CpuNanoseconds, long WallTicks);

    /// <summary>"read=1.2s hash=0.3s …", every phase in seconds.</summary>
    public override string ToString() => string.Join(' ', Names.Select((name, i) => string.Create(CultureInfo.InvariantCulture, $"{name}={this[i].TotalSeconds:F2}s")));
}
