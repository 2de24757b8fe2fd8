using System.Runtime.InteropServices;

namespace NewsArchive.Hosting;

/// <summary>
/// Caps glibc's malloc arenas for this process, as <c>MALLOC_ARENA_MAX=2</c> would. An import runs async, so
/// SQLite's allocations (FTS5 merge buffers above all) come from whichever thread-pool thread runs the
/// continuation, and glibc gives each thread an arena of its own that keeps what was freed: at a million
/// articles that was half of the import's peak memory. Called first thing by the hosts; nothing elsewhere.
/// </summary>
public static class MallocArenas
{
    private const int ArenaMaxOption = -8; // M_ARENA_MAX in malloc.h
    private const int Arenas = 2;

    /// <summary>Returns true when the cap was set (Linux with glibc); elsewhere does nothing.</summary>
    public static bool Limit()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            return SetOption(ArenaMaxOption, Arenas) == 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // musl and other C libraries have no mallopt arenas
        }
    }

    // DllImport, not LibraryImport: the generated stub needs unsafe code enabled for the whole library.
    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetOption(int option, int value);
}
