namespace NewsArchive.Importing;

/// <summary>
/// Reads one seed file: only regular files are opened (a named pipe, socket or device is reported, never opened),
/// a symbolic link is followed only to a regular file inside the seeds folder (a link to a folder, outside, to
/// nothing or round a loop gets a result saying so), and every read is bounded in size
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
                var link = FollowLink(file);
                if (link.Refusal is not null)
                {
                    return new([], link.Refusal);
                }
                (path, kind, note) = (link.Target!, FileKinds.Of(link.Target!), $"The file is a symbolic link to {link.Shown}; its target was read.");
                if (kind is not (FileKind.Regular or FileKind.Unknown))
                {
                    return new([], $"The file is a symbolic link to {link.Shown}, which is {FileKinds.Describe(kind)}, not a regular file; it was not opened.");
                }
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

    /// <param name="Target">The link's final target with every link in its path resolved, when it may be read.</param>
    /// <param name="Shown">The target as a person reads it: relative to the seeds folder.</param>
    /// <param name="Refusal">Why the link is not followed, or null.</param>
    private readonly record struct Link(string? Target, string Shown, string? Refusal);

    /// <summary>
    /// A link is followed only to a file inside the seeds folder, judged on the real path (every link in every
    /// component resolved, the seeds folder's own included), so no chain of links, linked folders or <c>..</c>
    /// reaches outside it. Links to folders are never followed: the folder's files are imported where they are.
    /// </summary>
    private static Link FollowLink(SeedFile file)
    {
        var written = new FileInfo(file.FullPath).LinkTarget ?? "?";
        var (target, errno) = FileKinds.RealPath(file.FullPath);
        if (target is null)
        {
            return errno switch
            {
                FileKinds.Eloop => new(null, written, $"The file is a symbolic link to {written}, which leads back to itself through links (a loop); it was not followed."),
                FileKinds.Enoent => new(null, written, $"The file is a symbolic link to {written}, which does not exist; nothing was read."),
                _ => new(null, written, $"The file is a symbolic link to {written}, which could not be resolved ({System.Runtime.InteropServices.Marshal.GetPInvokeErrorMessage(errno)}); it was not followed."),
            };
        }
        var root = FileKinds.RealPath(file.Root).Path ?? Path.GetFullPath(file.Root);
        var inside = target == root || target.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        var isFolder = Directory.Exists(target);
        if (!inside)
        {
            var what = isFolder ? "the folder " : "";
            return new(null, written, $"The file is a symbolic link to {what}{written}, outside the seeds folder; it was not followed.");
        }
        var relative = Path.GetRelativePath(root, target).Replace('\\', '/');
        var shown = relative == "." ? "the seeds folder itself" : relative;
        if (isFolder)
        {
            return new(null, shown, $"The file is a symbolic link to {(relative == "." ? shown : "the folder " + shown)}; it was not followed: linked folders are never descended into, so no file is imported twice and no loop of links is walked (the folder's own files are imported where they are).");
        }
        return new(target, shown, null);
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
        var buffer = new BoundedBuffer(length, maxBytes);
        Span<byte> probe = stackalloc byte[1];
        while (!buffer.Over)
        {
            if (buffer.Full)
            {
                if (stream.Read(probe) == 0)
                {
                    break;
                }
                buffer.Append(probe[0]);
                continue;
            }
            var n = stream.Read(buffer.Free.Span);
            if (n == 0)
            {
                break;
            }
            buffer.Advance(n);
        }
        return buffer.Result(note);
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
        var buffer = new BoundedBuffer(length, maxBytes);
        try
        {
            var probe = new byte[1];
            while (!buffer.Over)
            {
                if (buffer.Full)
                {
                    if (await stream.ReadAsync(probe, timeout.Token) == 0)
                    {
                        break;
                    }
                    buffer.Append(probe[0]);
                    continue;
                }
                var n = await stream.ReadAsync(buffer.Free, timeout.Token);
                if (n == 0)
                {
                    break;
                }
                buffer.Advance(n);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new([], $"The file could not be read within {ReadTimeout.TotalSeconds:N0} seconds.");
        }
        return buffer.Result(note);
    }

    /// <summary>
    /// The array a bounded read fills: the file's length when it was opened, then (when a byte more comes: the file
    /// grew) doubled up to the limit and one byte, which is where the read stops. Shared by the two reads above.
    /// </summary>
    private sealed class BoundedBuffer(long length, long maxBytes)
    {
        private byte[] _bytes = new byte[length];
        private int _read;

        /// <summary>More than the limit was read: the file grew past it.</summary>
        public bool Over => _read > maxBytes;

        /// <summary>The array is full: a further byte means the file grew.</summary>
        public bool Full => _read == _bytes.Length;

        public Memory<byte> Free => _bytes.AsMemory(_read);

        public void Advance(int count) => _read += count;

        /// <summary>A byte read past the array's end: kept (with room made) unless it passes the limit.</summary>
        public void Append(byte value)
        {
            if (_read + 1 > maxBytes)
            {
                _read++;
                return;
            }
            Array.Resize(ref _bytes, (int)Math.Min(maxBytes + 1, Math.Max(16L, (long)_bytes.Length * 2)));
            _bytes[_read++] = value;
        }

        public ReadResult Result(string? note) => Over
            ? new([], $"The file grew over the {maxBytes:N0}-byte limit while it was read.")
            : new(_read == _bytes.Length ? _bytes : _bytes[.._read], null, note);
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
