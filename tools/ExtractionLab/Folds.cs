namespace NewsArchive.Tools.ExtractionLab;

/// <summary>Leave-site-out folds: whole sites go to a fold, biggest sites first, each to the fold with fewest pages.</summary>
internal static class Folds
{
    public static int[] Assign(IReadOnlyList<DevPage> pages, int k)
    {
        var sites = pages.GroupBy(p => p.Site, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => StableHash(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var sizes = new int[k];
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            var fold = Array.IndexOf(sizes, sizes.Min());
            foldOf[site.Key] = fold;
            sizes[fold] += site.Count();
        }
        return pages.Select(p => foldOf[p.Site]).ToArray();
    }

    // FNV-1a: the order must not depend on the runtime's randomised string hash.
    private static uint StableHash(string s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }
        return h;
    }
}
