namespace NewsArchive.IntegrationTests.Infrastructure;

/// <summary>Paths inside the repository (the seeds folder), found by walking up to NewsArchive.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SeedFile(string prefix) =>
        Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("NewsArchive.sln not found above " + AppContext.BaseDirectory);
    }
}
