using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace NewsArchive.Importing;

/// <summary>
/// Where one import's CPU went, phase by phase: each phase adds the CPU time the threads that ran it spent in it
/// (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>, so a machine shared with other work does not inflate it), timed in spans
/// (<see cref="PhaseSpan"/>). <see cref="WaitForLoad"/> is the exception: the writer's wall time waiting for the next
/// batch's load. Loading phases are summed over the loading threads. Logged when a run ends; the benchmark prints it
/// under its import table.
/// </summary>
/// <remarks>
/// The thread CPU clock is a system call (about a microsecond; Linux has no vDSO path for it), so it is read once
/// per span, at its start and end, and the phases inside a span share its CPU in proportion to their wall time
/// (<see cref="Stopwatch"/>, which is cheap). Work that may wait for the disk, whose wall time is no measure of its
/// CPU, is a span of its own. So on a loading thread a file is two spans (its read; its hash, parse, decide and
/// sketch), on the writer a batch's deciding and writing is one (each commit's line counts, index flush and commit
/// one each), on the placing thread a batch's placing is one.
/// What a span holds when it ended on another thread than it began (an awaited read or wait that went on another
/// thread), or when the clock is not there, is counted at its wall time instead.
/// </remarks>
public sealed partial class ImportPhases
{
    private const int ThreadCpuClock = 3;
    private static bool s_noThreadClock = !OperatingSystem.IsLinux();

    private readonly long[] _nanoseconds = new long[Names.Length];
    private long _clockReads;
    private long _wallSegments;

    public ImportPhases() => Writer = new PhaseSpan(this);

    /// <summary>The phases, in the order they are reported.</summary>
    public static readonly string[] Names =
    [
        "read", "hash", "parse", "sketch", "wait-for-load", "decide", "sort-keys", "stories", "article-rows", "fts", "line-counts", "results", "commit", "learn", "place-ahead",
    ];

    public const int Read = 0;
    public const int Hash = 1;
    public const int Parse = 2;
    public const int Sketch = 3;

    /// <summary>The writer's wall time waiting for a batch's load (it uses no CPU meanwhile): the one phase timed on the wall clock.</summary>
    public const int WaitForLoad = 4;

    /// <summary>On the loading threads, mapping the parse to a row and its line keys; on the writer, each file's outcome.</summary>
    public const int Decide = 5;

    /// <summary>The writer allocating new articles' sort keys, and sorting each batch's writes by them.</summary>
    public const int SortKeys = 6;

    public const int Stories = 7;
    public const int Articles = 8;
    public const int FullText = 9;
    public const int LineCounts = 10;
    public const int Results = 11;
    public const int Commit = 12;
    public const int Learn = 13;

    /// <summary>Placing articles in stories ahead of the writer, on a thread of its own (the writer's wait for it counts in no phase: it uses no CPU meanwhile).</summary>
    public const int PlaceAhead = 14;

    /// <summary>
    /// The span of the import's one serial flow, the batch writer (its decide, writes and commits, and the article
    /// commands it calls): one flow at a time, never two threads at once.
    /// </summary>
    internal PhaseSpan Writer { get; }

    /// <summary>A new span, begun (for a flow of its own: a file on a loading thread, a batch on the placing thread).</summary>
    public PhaseSpan Begin()
    {
        var span = new PhaseSpan(this);
        span.Begin();
        return span;
    }

    /// <summary>Adds wall time, in <see cref="Stopwatch"/> ticks, to <paramref name="phase"/> (thread-safe).</summary>
    public void AddWall(int phase, long ticks) => Interlocked.Add(ref _nanoseconds[phase], ToNanoseconds(ticks));

    public TimeSpan this[int phase] => TimeSpan.FromMicroseconds(Interlocked.Read(ref _nanoseconds[phase]) / 1000.0);

    /// <summary>How many times the thread CPU clock was read (each a system call).</summary>
    public long ClockReads => Interlocked.Read(ref _clockReads);

    /// <summary>How many span segments were counted at their wall time (they moved thread, waited, or had no CPU clock).</summary>
    public long WallSegments => Interlocked.Read(ref _wallSegments);

    /// <summary>"read=1.20s hash=0.30s …", every phase in seconds, then the clock reads and the segments counted at wall time.</summary>
    public override string ToString() =>
        string.Join(' ', Names.Select((name, i) => string.Create(CultureInfo.InvariantCulture, $"{name}={this[i].TotalSeconds:F2}s")))
        + string.Create(CultureInfo.InvariantCulture, $" clock-reads={ClockReads} wall-segments={WallSegments}");

    /// <summary>
    /// Splits <paramref name="cpu"/> nanoseconds between phases in proportion to <paramref name="weights"/> (wall
    /// ticks, none negative) into <paramref name="shares"/>: the shares are whole nanoseconds, none negative, each
    /// within one of its exact proportion, and they sum to <paramref name="cpu"/> (each is the difference of the
    /// running total's rounded-down proportion). Returns false, every share 0, when the weights sum to 0.
    /// </summary>
    internal static bool Split(long cpu, ReadOnlySpan<long> weights, Span<long> shares)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cpu);
        Int128 total = 0;
        foreach (var weight in weights)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(weight);
            total += weight;
        }
        shares[..weights.Length].Clear();
        if (total == 0)
        {
            return false;
        }
        Int128 running = 0;
        long given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            var upTo = (long)(cpu * running / total);
            shares[i] = upTo - given;
            given = upTo;
        }
        return true;
    }

    /// <summary>Adds a finished span's phases (nanoseconds each, thread-safe).</summary>
    private void Add(ReadOnlySpan<long> nanoseconds)
    {
        for (var i = 0; i < nanoseconds.Length; i++)
        {
            if (nanoseconds[i] != 0)
            {
                Interlocked.Add(ref _nanoseconds[i], nanoseconds[i]);
            }
        }
    }

    private static long ToNanoseconds(long ticks) => Stopwatch.Frequency == 1_000_000_000 ? ticks : (long)((Int128)ticks * 1_000_000_000 / Stopwatch.Frequency);

    /// <summary>The calling thread's CPU time in nanoseconds, or -1 where the clock is not available.</summary>
    private long ReadThreadCpu()
    {
        if (s_noThreadClock)
        {
            return -1;
        }
        Interlocked.Increment(ref _clockReads);
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

    /// <summary>
    /// One flow's stretch of work on one thread, divided into phases: <see cref="Begin"/> reads the thread's CPU clock,
    /// each <see cref="Lap"/> gives the wall time since the last mark to a phase, and <see cref="End"/> reads the CPU
    /// clock again and adds the span's CPU to the phases in proportion to their wall time. So the phases inside a span
    /// sum to its CPU exactly, and their split is as good as their wall time is a measure of their CPU: a span holds
    /// no wait (<see cref="Skip"/> takes one out, <see cref="Cut"/> ends a span before work whose wall time is not
    /// its CPU, such as a commit's writes). Not thread-safe: one flow uses a span at a time.
    /// </summary>
    public sealed class PhaseSpan
    {
        private readonly ImportPhases _owner;
        private readonly long[] _wall = new long[Names.Length];
        private int _thread;
        private long _cpuAtBegin;
        private long _last;
        private int _lastPhase = -1;
        private bool _open;

        internal PhaseSpan(ImportPhases owner) => _owner = owner;

        /// <summary>Starts the span on the calling thread (one read of its CPU clock); what it held before is dropped.</summary>
        public void Begin() => BeginAt(_owner.ReadThreadCpu());

        /// <summary>Gives the wall time since the last mark to <paramref name="phase"/>. On another thread than the span began on, the span so far counts at wall time and goes on from here.</summary>
        public void Lap(int phase)
        {
            if (!_open)
            {
                return;
            }
            var now = Stopwatch.GetTimestamp();
            _wall[phase] += now - _last;
            _last = now;
            _lastPhase = phase;
            if (Environment.CurrentManagedThreadId != _thread)
            {
                CountAtWall();
            }
        }

        /// <summary>
        /// <see cref="Lap"/> after an await that did not complete at once: the thread may have run other work while it
        /// waited, so the span so far counts at wall time, and a new one begins here.
        /// </summary>
        public void LapAfterWait(int phase)
        {
            if (!_open)
            {
                return;
            }
            Lap(phase);
            if (_open && _lastPhase >= 0)
            {
                CountAtWall();
            }
        }

        /// <summary>The wall time since the last mark was a wait: no phase gets it (its CPU, a spin at most, goes with the span's).</summary>
        public void Skip()
        {
            if (!_open)
            {
                return;
            }
            _last = Stopwatch.GetTimestamp();
            if (Environment.CurrentManagedThreadId != _thread)
            {
                CountAtWall();
            }
        }

        /// <summary>Ends the span and begins the next from the same clock read (one read, not two); begins one when none is open.</summary>
        public void Cut()
        {
            if (!_open)
            {
                Begin();
                return;
            }
            BeginAt(Finish());
        }

        /// <summary>Ends the span: its CPU, read now, goes to its phases (nothing, if none was lapped).</summary>
        public void End()
        {
            if (_open)
            {
                Finish();
                _open = false;
            }
        }

        /// <summary>
        /// Awaits <paramref name="task"/> as a wait, which no phase gets: when it is not done yet the span is cut first
        /// (the wait may end on another thread, whose clock says nothing of this one).
        /// </summary>
        public async Task WaitAsync(Task task)
        {
            ArgumentNullException.ThrowIfNull(task);
            if (!task.IsCompleted && _open)
            {
                Cut();
            }
            try
            {
                await task;
            }
            finally
            {
                Skip();
            }
        }

        private void BeginAt(long cpu)
        {
            Array.Clear(_wall);
            _thread = Environment.CurrentManagedThreadId;
            _cpuAtBegin = cpu;
            _last = Stopwatch.GetTimestamp();
            _lastPhase = -1;
            _open = true;
        }

        /// <summary>Adds the span's CPU to its phases and returns the CPU clock as read (-1: unknown).</summary>
        private long Finish()
        {
            var cpu = _owner.ReadThreadCpu();
            if (_lastPhase < 0)
            {
                return cpu;
            }
            if (cpu < 0 || _cpuAtBegin < 0 || Environment.CurrentManagedThreadId != _thread)
            {
                AddWall();
                return cpu;
            }
            Span<long> shares = stackalloc long[Names.Length];
            if (!Split(Math.Max(0, cpu - _cpuAtBegin), _wall, shares))
            {
                shares[_lastPhase] = Math.Max(0, cpu - _cpuAtBegin);
            }
            _owner.Add(shares);
            return cpu;
        }

        /// <summary>The span so far counts at wall time; a new one begins on the calling thread.</summary>
        private void CountAtWall()
        {
            if (_lastPhase >= 0)
            {
                AddWall();
            }
            Begin();
        }

        private void AddWall()
        {
            Span<long> wall = stackalloc long[Names.Length];
            for (var i = 0; i < wall.Length; i++)
            {
                wall[i] = ToNanoseconds(_wall[i]);
            }
            _owner.Add(wall);
            Interlocked.Increment(ref _owner._wallSegments);
        }
    }
}
