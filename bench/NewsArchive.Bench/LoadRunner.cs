using System.Diagnostics;

namespace NewsArchive.Bench;

/// <summary>
/// A closed-loop load generator: a fixed number of workers each send the next request as soon as the last
/// answered, until the request budget or the time budget is spent.
/// </summary>
internal static class LoadRunner
{
    public static async Task<LatencyStats> RunAsync(int workers, int maxRequests, TimeSpan maxTime, Func<int, Task<bool>> request)
    {
        var latencies = new List<double>(maxRequests);
        var issued = 0;
        var errors = 0;
        var clock = Stopwatch.StartNew();
        async Task WorkAsync(int worker)
        {
            while (Interlocked.Increment(ref issued) <= maxRequests && clock.Elapsed < maxTime)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await TryAsync(request, worker);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(elapsed);
                }
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => WorkAsync(w))));
        return LatencyStats.From(latencies, errors, clock.Elapsed);
    }

    private static async Task<bool> TryAsync(Func<int, Task<bool>> request, int worker)
    {
        try
        {
            return await request(worker);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or Microsoft.Data.Sqlite.SqliteException)
        {
            return false;
        }
    }
}
