namespace NewsArchive.Importing;

/// <summary>
/// Reads one seed file: only regular files are opened (a named pipe, socket or device is reported, never opened),
/// a symbolic link is followed only to a regular file inside the seeds folder (a link to a folder, outside, to
/// nothing or round a loop gets a result saying so), and every read is bounded in size
/// (the limit + 1 byte at most) and time. I/O errors become reasons.
/// </summary>
public static class SeedFileReader
{
    /// <summary>How long one file may take to read before it is given up.</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(30);

    /// <param name="Content">The bytes (empty when not read).</param>
    /// <param name="Error">Why the file was not read, or null.</param>
    /// <param name="Note">What was done that a person may want to know (a link followed), or null.</param>
    public readonly record struct ReadResult(byte[] Content, string? Error, string? Note = null);

    public static async Task<ReadResult> TryReadAsync(SeedFile file, long maxBytes, CancellationToken ct)
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
            return await ReadBoundedAsync(path, maxBytes, note, ct);
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

    private static async Task<ReadResult> ReadBoundedAsync(string path, long maxBytes, string? note, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ReadTimeout);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var length = stream.Length;
        if (length > maxBytes)
        {
            return new([], $"The file is {length:N0} bytes, over the {maxBytes:N0}-byte limit.");
        }
        // The length can change while the file is read: never read more than the limit and one byte.
        var buffer = new byte[Math.Min(length + 1, maxBytes + 1)];
        var read = 0;
        try
        {
            while (read < buffer.Length)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(read), timeout.Token);
                if (n == 0)
                {
                    break;
                }
                read += n;
                if (read == buffer.Length && read <= maxBytes)
                {
                    Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
                }
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
