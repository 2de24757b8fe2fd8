namespace NewsArchive.ParserBench;

/// <summary>
/// The process CPU time of each operation. On a shared machine the wall-clock mean also counts the time the
/// benchmark thread waited for a core; CPU time does not. With workstation, non-concurrent GC the collections
/// run on the benchmark thread, so they are counted; the process's other threads are idle while it runs.
/// </summary>
public static class CpuTimes
{
    private static readonly List<TimeSpan> s_times = [];

    public static void Record(TimeSpan time)
    {
        lock (s_times)
        {
            s_times.Add(time);
        }
    }

    /// <summary>The median CPU time of the last <paramref name="count"/> operations (the measured iterations).</summary>
    public static TimeSpan? MedianOfLast(int count)
    {
        lock (s_times)
        {
            if (s_times.Count == 0)
            {
                return null;
            }
            var last = s_times.Skip(Math.Max(0, s_times.Count - count)).Order().ToList();
            return last[last.Count / 2];
        }
    }
}
