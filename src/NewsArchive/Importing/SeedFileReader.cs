namespace NewsArchive.Importing;

/// <summary>
/// Reads one seed file: only regular files are opened (a named pipe, socket or device is reported, never opened),
/// a symbolic link is followed only to a regular file inside the seeds folder, and every read is bounded in size
/// (the limit + 1 byte at most) and time. I/O errors become reasons.
/// </summary>
/// <remarks>
/// A read is bounded in time by reading asynchronously with a timeout, except on a local disk or in memory
/// (<see cref="LocalFolders"/>), where a read of a regular file cannot hang and is done synchronously on the
/// calling thread: for short articles the asynchronous read's thread hop cost more CPU than the read itself.
/// </remarks>
public static class SeedFileReader
{
    /// <summary>How long one file may take to read before it is given up.</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(30);

    /// <param name="Content">The bytes (empty when not read).</param>
    /// <param name="Error">Why the file was not read, or null.</param>
    /// <param name="Note">What was done that a person may want to know (a link followed), or null.</param>
    public readonly record struct ReadResult(byte[] Content, string? Error, string? Note = null);

    public static Task<ReadResult> TryReadAsync(SeedFile file, long maxBytes, CancellationToken ct) => TryReadAsync(file, maxBytes, null, ct);

    /// <param name="file">The file.</param>
    /// <param name="maxBytes">The size limit.</param>
    /// <param name="local">Which folders are on a local disk (shared by the reads of one batch), or null: read every file with the time bound.</param>
    /// <param name="ct">Cancels the read.</param>
    internal static async Task<ReadResult> TryReadAsync(SeedFile file, long maxBytes, LocalFolders? local, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            var path = file.FullPath;
            var kind = FileKinds.Of(path);
            string? note = null;
            if (kind == FileKind.SymbolicLink)
            {
                var (target, refusal) = FollowLink(file);
                if (refusal is not null)
                {
                    return new([], refusal);
                }
                (path, kind, note) = (target!, FileKinds.Of(target!), $"The file is a symbolic link to {Path.GetRelativePath(file.Root, target!).Replace('\\', '/')}; its target was read.");
            }
            if (kind is not (FileKind.Regular or FileKind.Unknown))
            {
                return new([], $"The file is {FileKinds.Describe(kind)}, not a regular file; it was not opened.");
            }
            return local is not null && local.Contains(Path.GetDirectoryName(path)!)
                ? ReadBoundedLocal(path, maxBytes, note)
                : await ReadBoundedAsync(path, maxBytes, note, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new([], $"The file could not be read: {ex.Message}");
        }
    }

    private static (string? Target, string? Refusal) FollowLink(SeedFile file)
    {
        var target = File.ResolveLinkTarget(file.FullPath, returnFinalTarget: true);
        if (target is null || !target.Exists)
        {
            return (null, "The file is a symbolic link to something that does not exist; nothing was read.");
        }
        var root = Path.TrimEndingDirectorySeparator(file.Root) + Path.DirectorySeparatorChar;
        if (!target.FullName.StartsWith(root, StringComparison.Ordinal))
        {
            return (null, "The file is a symbolic link to a file outside the seeds folder; it was not followed.");
        }
        return (target.FullName, null);
    }

    /// <summary>The same bounded read, synchronous: only for files on a local disk or in memory.</summary>
    private static ReadResult ReadBoundedLocal(string path, long maxBytes, string? note)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 0, FileOptions.SequentialScan);
        var length = stream.Length;
        if (length > maxBytes)
        {
            return new([], $"The file is {length:N0} bytes, over the {maxBytes:N0}-byte limit.");
        }
        var buffer = new byte[length];
        var read = 0;
        Span<byte> probe = stackalloc byte[1];
        while (read <= maxBytes)
        {
            if (read == buffer.Length)
            {
                if (stream.Read(probe) == 0)
                {
                    break;
                }
                if (read + 1 > maxBytes)
                {
                    read++;
                    break;
                }
                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, Math.Max(16L, (long)buffer.Length * 2)));
                buffer[read++] = probe[0];
                continue;
            }
            var n = stream.Read(buffer.AsSpan(read));
            if (n == 0)
            {
                break;
            }
            read += n;
        }
        if (read > maxBytes)
        {
            return new([], $"The file grew over the {maxBytes:N0}-byte limit while it was read.");
        }
        return new(read == buffer.Length ? buffer : buffer[..read], null, note);
    }

    private static async Task<ReadResult> ReadBoundedAsync(string path, long maxBytes, string? note, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ReadTimeout);
        // No FileStream buffer (bufferSize 0): the bytes go straight into the array that is returned, which for
        // short articles spares a 64 KB buffer and a copy per file.
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var length = stream.Length;
        if (length > maxBytes)
        {
            return new([], $"The file is {length:N0} bytes, over the {maxBytes:N0}-byte limit.");
        }
        // The length can change while the file is read: never read more than the limit and one byte.
        var buffer = new byte[length];
        var read = 0;
        try
        {
            while (read <= maxBytes)
            {
                if (read == buffer.Length)
                {
                    // Full: one byte more means the file grew, so make room (up to the limit and one byte).
                    var probe = new byte[1];
                    if (await stream.ReadAsync(probe, timeout.Token) == 0)
                    {
                        break;
                    }
                    if (read + 1 > maxBytes)
                    {
                        read++;
                        break;
                    }
                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, Math.Max(16L, (long)buffer.Length * 2)));
                    buffer[read++] = probe[0];
                    continue;
                }
                var n = await stream.ReadAsync(buffer.AsMemory(read), timeout.Token);
                if (n == 0)
                {
                    break;
                }
                read += n;
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new([], $"The file could not be read within {ReadTimeout.TotalSeconds:N0} seconds.");
        }
        if (read > maxBytes)
        {
            return new([], $"The file grew over the {maxBytes:N0}-byte limit while it was read.");
        }
        return new(read == buffer.Length ? buffer : buffer[..read], null, note);
    }
}

/// <summary>
/// Which folders are on a local disk or in memory (Linux: the folder's file system, by <c>statfs</c>), asked once
/// per folder. Network and FUSE file systems, and any that cannot be told, are not: their reads keep the time bound.
/// </summary>
internal sealed class LocalFolders
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    public bool Contains(string folder) => _folders.GetOrAdd(folder, static f =>
    {
        try
        {
            return OperatingSystem.IsLinux() && new DriveInfo(f).DriveType is DriveType.Fixed or DriveType.Ram;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    });
}
