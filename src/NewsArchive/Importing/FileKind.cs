using System.Runtime.InteropServices;

namespace NewsArchive.Importing;

/// <summary>What a directory entry is, from <c>lstat</c>: only regular files are ever opened for reading.</summary>
internal enum FileKind
{
    /// <summary>The platform does not say (not Linux): treated as a regular file, read with a size bound.</summary>
    Unknown = 0,
    Regular,
    Directory,
    SymbolicLink,
    NamedPipe,
    Socket,
    CharacterDevice,
    BlockDevice,
    Missing,
}

/// <summary>
/// Reads an entry's type without opening it or following a link (Linux <c>statx</c>, whose layout is the same on
/// every architecture). Opening a named pipe blocks until something writes to it, so the type is asked first.
/// </summary>
internal static partial class FileKinds
{
    public const int Enoent = 2;
    public const int Eloop = 40;
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private static readonly bool s_supported = OperatingSystem.IsLinux();

    public static FileKind Of(string path)
    {
        if (!s_supported)
        {
            return Fallback(path);
        }
        var buffer = new byte[256];
        int result;
        try
        {
            result = Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return Fallback(path);
        }
        if (result != 0)
        {
            return Marshal.GetLastPInvokeError() == Enoent ? FileKind.Missing : Fallback(path);
        }
        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.NamedPipe,
            0xC000 => FileKind.Socket,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>How a person would name a kind that is not read, for a file's result.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.NamedPipe => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Directory => "a folder",
        FileKind.SymbolicLink => "a symbolic link",
        FileKind.Missing => "gone (deleted while the import ran)",
        _ => "not a regular file",
    };

    private static FileKind Fallback(string path)
    {
        var info = new FileInfo(path);
        return !info.Exists && !Directory.Exists(path) ? FileKind.Missing
            : info.LinkTarget is not null ? FileKind.SymbolicLink
            : Directory.Exists(path) ? FileKind.Directory
            : FileKind.Unknown;
    }

    /// <summary>
    /// The path with every link resolved, in every component (<c>realpath</c>), or why not: <c>ELOOP</c> (40) for a
    /// link that leads back to itself, <c>ENOENT</c> (2) for one to nothing. Off Linux, .NET's own resolution.
    /// </summary>
    public static (string? Path, int Errno) RealPath(string path)
    {
        if (s_supported)
        {
            try
            {
                var resolved = RealPathNative(path, IntPtr.Zero);
                if (resolved == IntPtr.Zero)
                {
                    return (null, Marshal.GetLastPInvokeError());
                }
                try
                {
                    return (Marshal.PtrToStringUTF8(resolved), 0);
                }
                finally
                {
                    Free(resolved);
                }
            }
            catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
            {
                // Fall through to .NET's resolution.
            }
        }
        try
        {
            var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
            var full = target?.FullName ?? Path.GetFullPath(path);
            return Path.Exists(full) ? (full, 0) : (null, Enoent);
        }
        catch (IOException)
        {
            return (null, Eloop);
        }
    }

    [LibraryImport("libc", EntryPoint = "realpath", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr RealPathNative(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, [Out] byte[] buffer);
}
