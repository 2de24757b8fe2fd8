using System.Runtime.InteropServices;

namespace NewsArchive.Boilerplate;

/// <summary>
/// One batch's changes to the per-line article counts: +1 for each candidate line of a written article, -1 for
/// each line of the text an update replaced or a deletion removes, with the articles' ids. A line counts once
/// per article. Only a line's hash and where its text is are kept; the text is copied out only when learned.
/// </summary>
internal sealed class BatchLines
{
    private readonly Dictionary<ulong, Change> _changes = [];

    public void Add(int articleId, string rawText, string lineRoles) => Count(articleId, rawText, Keys(rawText, lineRoles), +1);

    /// <summary>Counts an article whose candidate lines' keys were computed beforehand (by the import's loading threads).</summary>
    public void Add(int articleId, string rawText, LineKeys keys) => Count(articleId, rawText, keys, +1);

    public void Remove(int articleId, string rawText, string lineRoles) => Count(articleId, rawText, Keys(rawText, lineRoles), -1);

    /// <summary>The keys of an article's candidate lines, each once, with where the line is: pure work, for any thread.</summary>
    public static LineKeys Keys(string rawText, string lineRoles)
    {
        var keys = new List<KeyedLine>();
        var seen = new HashSet<ulong>();
        ArchiveLines.ForEachCandidate(rawText, lineRoles, (Keys: keys, Seen: seen, Text: rawText), static (s, start, length) =>
        {
            var key = LineKey.Of(s.Text.AsSpan(start, length));
            if (s.Seen.Add(key))
            {
                s.Keys.Add(new KeyedLine(key, start, length));
            }
        });
        return new LineKeys([.. keys]);
    }

    /// <summary>The changes, in hash order (the LineCounts key order, so the B-tree is walked once).</summary>
    public List<Change> InKeyOrder()
    {
        // An update that keeps a line removes and adds the same article: nothing to write.
        var changes = _changes.Values.Where(c => c.Delta != 0 || !c.Added.Order().SequenceEqual(c.Removed.Order())).ToList();
        changes.Sort(static (a, b) => a.Hash.CompareTo(b.Hash));
        return changes;
    }

    public void Clear() => _changes.Clear();

    private void Count(int articleId, string rawText, LineKeys keys, int sign)
    {
        foreach (var line in keys.Lines)
        {
            ref var change = ref CollectionsMarshal.GetValueRefOrAddDefault(_changes, line.Key, out var exists);
            if (!exists)
            {
                change = new Change(unchecked((long)line.Key), rawText, line.Start, line.Length, [], []);
            }
            (sign > 0 ? change.Added : change.Removed).Add(articleId);
        }
    }

    /// <summary>An article's candidate lines: each distinct line's key and where it is in the text.</summary>
    internal sealed record LineKeys(KeyedLine[] Lines);

    /// <summary>One candidate line: its 64-bit key and its place in the article's text.</summary>
    internal readonly record struct KeyedLine(ulong Key, int Start, int Length);

    /// <summary>A line's hash (as stored), where its text is, and the articles that gained or lost it in this batch.</summary>
    internal readonly record struct Change(long Hash, string Source, int Start, int Length, List<int> Added, List<int> Removed)
    {
        public int Delta => Added.Count - Removed.Count;

        public string Text() => Source.Substring(Start, Length);
    }
}
