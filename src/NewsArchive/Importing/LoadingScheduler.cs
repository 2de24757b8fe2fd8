using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace NewsArchive.Importing;

/// <summary>
/// Runs the import's loading (read, hash, parse, sketch: <see cref="FileLoader"/>) on threads of its own, one per
/// core, which on Linux run <see cref="NiceIncrement"/> steps nicer than the process. The writer is the import's one
/// serial stage: on a machine with as many busy threads as cores, the loaders (one per core), the placing thread and
/// the runtime's own threads took turns with it, and while it waited for a core the whole pipeline waited for it. The
/// loaders are ahead of it (a batch is loaded while the one before is written), so they can give way: the writer
/// gets a core when it has work, and the loaders take the rest. Nothing but the order of the scheduling changes; no
/// work moves between threads. Elsewhere than Linux the threads run at the process's priority.
/// </summary>
internal sealed partial class LoadingScheduler : TaskScheduler
{
    /// <summary>How many nice steps below the process the loading threads run (CFS gives a thread 5 steps nicer about a third of the weight).</summary>
    public const int NiceIncrement = 5;

    public static LoadingScheduler Instance { get; } = new(Environment.ProcessorCount);

    [ThreadStatic]
    private static bool t_isLoadingThread;

    private readonly BlockingCollection<Task> _tasks = [];
    private readonly int _threads;

    private LoadingScheduler(int threads)
    {
        _threads = Math.Max(1, threads);
        for (var i = 0; i < _threads; i++)
        {
            new Thread(Run) { IsBackground = true, Name = "Import loading" }.Start();
        }
    }

    public override int MaximumConcurrencyLevel => _threads;

    protected override void QueueTask(Task task) => _tasks.Add(task);

    // Inline only on a loading thread: the writer's thread never runs loading work at the loaders' priority or its own.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => t_isLoadingThread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _tasks.ToArray();

    private void Run()
    {
        t_isLoadingThread = true;
        LowerPriority();
        foreach (var task in _tasks.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }

    /// <summary>
    /// Makes the calling thread <see cref="NiceIncrement"/> steps nicer than it is (at most 19; it inherited the nice
    /// value of the thread that created the scheduler); on failure it stays as it is.
    /// </summary>
    private static void LowerPriority()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        try
        {
            // The thread's own value (Linux keeps one per thread): a new thread inherits its creator's.
            var process = getpriority(PrioProcess, 0);
            if (process == -1 && Marshal.GetLastPInvokeError() != 0)
            {
                return;
            }
            _ = setpriority(PrioProcess, gettid(), Math.Min(19, process + NiceIncrement));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc with these calls: the loaders keep the process's priority.
        }
    }

    private const int PrioProcess = 0;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int getpriority(int which, uint who);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int setpriority(int which, uint who, int prio);

    [LibraryImport("libc")]
    private static partial uint gettid();
}
