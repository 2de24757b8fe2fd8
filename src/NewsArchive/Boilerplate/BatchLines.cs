using System.Runtime.InteropServices;

namespace NewsArchive.Boilerplate;

/// <summary>
/// Changes to the per-line article counts not yet applied: +1 for each candidate line of a written article, -1 for
/// each line of the text an update replaced or a deletion removes, each with its article's id. A line counts once
/// per article. Only the line's hash is kept (16 bytes a change, no text): when a line is learned its text is read
/// back from an article that has it (<see cref="LineCountCommands"/>), so the articles' texts are not held here.
/// </summary>
internal sealed class BatchLines
{
    private readonly List<LineDelta> _deltas = [];

    /// <summary>How many changes are held.</summary>
    public int Count => _deltas.Count;

    public void Add(int articleId, string rawText, string lineRoles) => Append(articleId, Keys(rawText, lineRoles), +1);

    /// <summary>Counts an article whose candidate lines' keys were computed beforehand (by the import's loading threads).</summary>
    public void Add(int articleId, LineKeys keys) => Append(articleId, keys, +1);

    public void Remove(int articleId, string rawText, string lineRoles) => Append(articleId, Keys(rawText, lineRoles), -1);

    /// <summary>The keys of an article's candidate lines, each once: pure work, for any thread.</summary>
    public static LineKeys Keys(string rawText, string lineRoles)
    {
        var seen = new HashSet<ulong>();
        var keys = new List<ulong>();
        ArchiveLines.ForEachCandidate(rawText, lineRoles, (Keys: keys, Seen: seen, Text: rawText), static (s, start, length) =>
        {
            var key = LineKey.Of(s.Text.AsSpan(start, length));
            if (s.Seen.Add(key))
            {
                s.Keys.Add(key);
            }
        });
        return new LineKeys([.. keys]);
    }

    /// <summary>The changes in hash order, and by article within a hash (the LineCounts key order, so the B-tree is walked once).</summary>
    public IReadOnlyList<LineDelta> InKeyOrder()
    {
        CollectionsMarshal.AsSpan(_deltas).Sort(static (a, b) => a.Hash != b.Hash ? a.Hash.CompareTo(b.Hash) : a.Article.CompareTo(b.Article));
        return _deltas;
    }

    /// <summary>The changes as stored while they wait (<see cref="LineCountCommands.DeferAsync"/>): the structs' bytes, in the order held.</summary>
    public byte[] ToBytes() => MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(_deltas)).ToArray();

    /// <summary>Adds changes stored by <see cref="ToBytes"/>.</summary>
    public void AddBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % LineDelta.Size != 0)
        {
            throw new InvalidDataException($"Stored line-count changes of {bytes.Length} bytes are not whole {LineDelta.Size}-byte changes.");
        }
        _deltas.AddRange(MemoryMarshal.Cast<byte, LineDelta>(bytes));
    }

    public void Clear() => _deltas.Clear();

    private void Append(int articleId, LineKeys keys, int sign)
    {
        foreach (var key in keys.Keys)
        {
            _deltas.Add(new LineDelta(unchecked((long)key), articleId, sign));
        }
    }

    /// <summary>An article's candidate lines: each distinct line's key.</summary>
    internal sealed record LineKeys(ulong[] Keys);
}

/// <summary>One article gaining (+1) or losing (-1) one line: the line's hash as stored (signed), the article's id.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly record struct LineDelta(long Hash, int Article, int Sign)
{
    public const int Size = 16;
}
