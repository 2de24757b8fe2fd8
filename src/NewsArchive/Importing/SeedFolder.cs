using System.IO.Enumeration;

namespace NewsArchive.Importing;

/// <summary>
/// Lists the files of a seeds folder: every entry below it that is not a folder (regular files, symbolic links,
/// and also pipes, sockets and devices, so that each gets a result saying it was not read), hidden ones excepted,
/// in name order. A symbolic link is listed as an entry whatever it points to (a file, a folder, nothing, itself),
/// so <see cref="SeedFileReader"/> gives it a result saying what was done; a linked folder is never descended
/// into (.NET's own recursion would follow it: into folders outside the seeds folder, and round a loop up to the
/// kernel's 40 links, importing the same files again at every level).
/// </summary>
public static class SeedFolder
{
    /// <returns>Paths relative to <paramref name="root"/> with '/' separators.</returns>
    public static IReadOnlyList<SeedFile> Enumerate(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var full = Path.GetFullPath(root);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var entries = new FileSystemEnumerable<string>(full, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory || IsLink(ref entry),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(ref entry),
        };
        var paths = entries
            .Select(path => Path.GetRelativePath(full, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part.StartsWith('.')))
            .ToList();
        paths.Sort(StringComparer.Ordinal);
        return SeedFileList.Pack(full, paths);
    }

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
}
