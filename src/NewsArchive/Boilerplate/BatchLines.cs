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
    private readonly HashSet<ulong> _inArticle = [];

    public void Add(int articleId, string rawText, string lineRoles) => Count(articleId, rawText, lineRoles, +1);

    public void Remove(int articleId, string rawText, string lineRoles) => Count(articleId, rawText, lineRoles, -1);

    /// <summary>The changes, in hash order (the LineCounts key order, so the B-tree is walked once).</summary>
    public List<Change> InKeyOrder()
    {
        // An update that keeps a line removes and adds the same article: nothing to write.
        var changes = _changes.Values.Where(c => c.Delta != 0 || !c.Added.Order().SequenceEqual(c.Removed.Order())).ToList();
        changes.Sort(static (a, b) => a.Hash.CompareTo(b.Hash));
        return changes;
    }

    public void Clear() => _changes.Clear();

    private void Count(int articleId, string rawText, string lineRoles, int sign)
    {
        _inArticle.Clear();
        ArchiveLines.ForEachCandidate(rawText, lineRoles, (Lines: this, Text: rawText, Sign: sign, Id: articleId), static (s, start, length) =>
        {
            var key = LineKey.Of(s.Text.AsSpan(start, length));
            if (s.Lines._inArticle.Add(key))
            {
                ref var change = ref CollectionsMarshal.GetValueRefOrAddDefault(s.Lines._changes, key, out var exists);
                if (!exists)
                {
                    change = new Change(unchecked((long)key), s.Text, start, length, [], []);
                }
                (s.Sign > 0 ? change.Added : change.Removed).Add(s.Id);
            }
        });
    }

    /// <summary>A line's hash (as stored), where its text is, and the articles that gained or lost it in this batch.</summary>
    internal readonly record struct Change(long Hash, string Source, int Start, int Length, List<int> Added, List<int> Removed)
    {
        public int Delta => Added.Count - Removed.Count;

        public string Text() => Source.Substring(Start, Length);
    }
}
