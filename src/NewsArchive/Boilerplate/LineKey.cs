namespace NewsArchive.Boilerplate;

/// <summary>A 64-bit FNV-1a hash of a line, to count millions of lines without keeping their text.</summary>
internal static class LineKey
{
    public static ulong Of(ReadOnlySpan<char> line)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in line)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
