namespace NewsArchive.Web.Hosting;

/// <summary>Where the configured seeds folder is on disk.</summary>
public static class SeedsFolder
{
    /// <summary>
    /// An absolute path is used as it is. A relative one is looked for in the content root and then in its
    /// parents, so <c>seeds</c> finds the repository's folder when <c>dotnet run --project src/NewsArchive.Web</c>
    /// starts the app in the project folder; when found nowhere, the content-root path is returned (and reported).
    /// </summary>
    public static string Resolve(string configured, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configured);
        if (Path.IsPathRooted(configured))
        {
            return Path.GetFullPath(configured);
        }
        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }
        return Path.GetFullPath(Path.Combine(contentRoot, configured));
    }
}
