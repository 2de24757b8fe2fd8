namespace NewsArchive.Search;

/// <summary>Levenshtein distance with an early exit once it exceeds a bound.</summary>
internal static class EditDistance
{
    /// <summary>The distance between the two words, or <paramref name="max"/> + 1 when it is larger than <paramref name="max"/>.</summary>
    public static int Compute(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > max)
            {
                return max + 1;
            }
            (previous, current) = (current, previous);
        }
        return Math.Min(previous[b.Length], max + 1);
    }
}
