using System.Runtime.InteropServices;

namespace NewsArchive.Ingest;

/// <summary>
/// One batch's changes to the per-line article counts: +1 for each candidate line of a written article, -1 for
/// each line of the text an update replaced. A line counts once per article. Only a line's hash and where its
/// text is are kept; the text is copied out only for a line that gets learned.
/// </summary>
internal sealed class BatchLines
{
    private readonly Dictionary<ulong, Change> _changes = [];
    private readonly HashSet<ulong> _inArticle = [];

    public void Add(string rawText, string lineRoles) => Count(rawText, lineRoles, +1);

    public void Remove(string rawText, string lineRoles) => Count(rawText, lineRoles, -1);

    /// <summary>The changes, in hash order (the LineCounts key order, so the B-tree is walked once).</summary>
    public List<Change> InKeyOrder()
    {
        var changes = _changes.Values.Where(c => c.Delta != 0).ToList();
        changes.Sort(static (a, b) => a.Hash.CompareTo(b.Hash));
        return changes;
    }

    public void Clear() => _changes.Clear();

    private void Count(string rawText, string lineRoles, int sign)
    {
        _inArticle.Clear();
        ArchiveLines.ForEachCandidate(rawText, lineRoles, (Lines: this, Text: rawText, Sign: sign), static (s, start, length) =>
        {
            var key = LineKey.Of(s.Text.AsSpan(start, length));
            if (s.Lines._inArticle.Add(key))
            {
                ref var change = ref CollectionsMarshal.GetValueRefOrAddDefault(s.Lines._changes, key, out var exists);
                change = exists ? change with { Delta = change.Delta + s.Sign } : new Change(unchecked((long)key), s.Sign, s.Text, start, length);
            }
        });
    }

    /// <summary>A line's hash (as stored), its count change, and where its text is.</summary>
    internal readonly record struct Change(long Hash, int Delta, string Source, int Start, int Length)
    {
        public string Text() => Source.Substring(Start, Length);
    }
}
