namespace NewsArchive.Importing;

/// <summary>Lists the files of a seeds folder: every regular file below it, hidden ones excepted, in name order.</summary>
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
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        return Directory.EnumerateFiles(full, "*", options)
            .Select(path => new SeedFile(full, Path.GetRelativePath(full, path).Replace('\\', '/')))
            .Where(f => !f.RelativePath.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
    }
}
