using NewsArchive.Parsing;

namespace NewsArchive.UnitTests.Parsing;

/// <summary>Reads the repository's seed files (found by walking up to NewsArchive.sln) and parses them.</summary>
internal static class SeedFiles
{
    private static readonly Lazy<string> s_folder = new(FindSeedsFolder);

    public static ParsedArticle Parse(string prefix)
    {
        var path = Directory.GetFiles(s_folder.Value, prefix + "_*.txt").Single();
        var result = new ArticleTextParser().Parse(Path.GetFileName(path), File.ReadAllBytes(path));
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    private static string FindSeedsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }
        throw new InvalidOperationException("NewsArchive.sln not found above " + AppContext.BaseDirectory);
    }
}
