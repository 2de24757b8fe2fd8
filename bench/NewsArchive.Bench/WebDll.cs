namespace NewsArchive.Bench;

/// <summary>Finds the web host's dll: built beside the benchmark (same configuration) through the project reference.</summary>
internal static class WebDll
{
    public static string Find(BenchOptions options)
    {
        if (options.WebDll is not null)
        {
            return options.WebDll;
        }
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Release";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "NewsArchive.Web", "bin", configuration, "net10.0", "NewsArchive.Web.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("NewsArchive.Web.dll not found; build the solution or pass --web-dll.");
    }
}
