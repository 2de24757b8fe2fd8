namespace NewsArchive.Parsing.Recognisers;

/// <summary>Walking the lines: the nearest non-empty line before or after one.</summary>
internal static class Neighbours
{
    /// <summary>The index of the nearest non-empty line from <paramref name="index"/> in the direction of <paramref name="step"/> (+1 or -1), or -1.</summary>
    public static int NonEmpty(IReadOnlyList<string> lines, int index, int step)
    {
        ArgumentNullException.ThrowIfNull(lines);
        for (var i = index + step; i >= 0 && i < lines.Count; i += step)
        {
            if (lines[i].Length != 0)
            {
                return i;
            }
        }
        return -1;
    }
}
