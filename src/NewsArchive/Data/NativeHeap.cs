using System.Runtime.InteropServices;

namespace NewsArchive.Data;

/// <summary>
/// Gives the C heap's free pages back to the system (glibc's <c>malloc_trim</c>). SQLite allocates through
/// malloc, and the import's writer runs on whichever pool thread resumes it, so over a run several of glibc's
/// per-thread arenas each came to hold a transaction's worth of freed page cache and FTS5 pending terms (~45 MB
/// each, ~130 MB in all at 1,000,000 articles): memory the process no longer used but still held. Elsewhere
/// (another C library, another system) this does nothing.
/// </summary>
internal static partial class NativeHeap
{
    private static bool s_unavailable = !OperatingSystem.IsLinux();

    public static void Trim()
    {
        if (s_unavailable)
        {
            return;
        }
        try
        {
            _ = malloc_trim(0);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
        }
    }

    [LibraryImport("libc", SetLastError = false)]
    private static partial int malloc_trim(nuint pad);
}
