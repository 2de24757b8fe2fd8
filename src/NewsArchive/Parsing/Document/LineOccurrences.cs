namespace NewsArchive.Parsing.Document;

/// <summary>
/// How many lines of a page have each line's text (itself included): <c>lines.Count(l => l == lines[i])</c>, found once
/// for the page. Repeated lines count in several stages (short lines shown twice are furniture, a headline written twice
/// competes from afar, a body line written twice is doubtful), which each used to count the page's lines in a dictionary
/// of their own. Only lines whose length another line shares are compared: most lines of a page have a length of their
/// own, so most are never hashed.
/// </summary>
internal static class LineOccurrences
{
    /// <summary>For each line, how many lines of <paramref name="lines"/> are equal to it (ordinal).</summary>
    public static int[] Of(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new int[lines.Count];
        var lengths = new Dictionary<int, int>(lines.Count);
        foreach (var line in lines)
        {
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lengths, line.Length, out _)++;
        }
        var texts = new Dictionary<string, int>(StringComparer.Ordinal);
        var shared = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            shared[i] = lengths[lines[i].Length] > 1;
            if (shared[i])
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(texts, lines[i], out _)++;
            }
        }
        for (var i = 0; i < lines.Count; i++)
        {
            result[i] = shared[i] ? texts[lines[i]] : 1;
        }
        return result;
    }
}
