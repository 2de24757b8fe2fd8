namespace NewsArchive.Boilerplate;

/// <summary>
/// The boilerplate lines known during one import: those learned before it, plus those that reached
/// <see cref="BoilerplateLearner.MinFiles"/> articles during it (<see cref="Fresh"/>). The parser reads
/// a <see cref="Snapshot"/> taken before each batch loads, so files loaded after a line was learned are parsed
/// with it. A batch loads while the one before it is written, so it is parsed with the lines learned up to two
/// batches back; its articles that keep a line learned since are added to that line's re-parse candidates.
/// </summary>
internal sealed class LearnedLines
{
    private readonly HashSet<string> _texts;
    private readonly HashSet<ulong> _hashes;
    private readonly List<FreshLine> _fresh = [];
    private readonly Dictionary<ulong, int> _freshIndex = [];
    private IReadOnlySet<string>? _snapshot;
    private int _snapshotLearned = -1;

    public LearnedLines(IEnumerable<string> known)
    {
        _texts = new HashSet<string>(known, StringComparer.Ordinal);
        _hashes = [.. _texts.Select(t => LineKey.Of(t))];
    }

    public IReadOnlySet<string> Texts => _texts;

    /// <summary>Lines learned during this import, in the order they were learned.</summary>
    public IReadOnlyList<FreshLine> Fresh => _fresh;

    public bool Contains(ulong hash) => _hashes.Contains(hash);

    /// <summary>
    /// The lines to parse a batch with, as a copy the parser's threads can read while this set grows, and how many
    /// lines had been learned during the import when it was taken (see <see cref="ParsedWithout"/>).
    /// </summary>
    public (IReadOnlySet<string> Texts, int Learned) Snapshot()
    {
        if (_snapshot is null || _snapshotLearned != _fresh.Count)
        {
            _snapshot = new HashSet<string>(_texts, StringComparer.Ordinal);
            _snapshotLearned = _fresh.Count;
        }
        return (_snapshot, _snapshotLearned);
    }

    /// <summary>Called by the batch writer only: the parser reads <see cref="Snapshot"/>s, never this set.</summary>
    public void Learn(string text, IReadOnlyCollection<int>? articles)
    {
        if (_texts.Add(text))
        {
            var hash = LineKey.Of(text);
            _hashes.Add(hash);
            _freshIndex[hash] = _fresh.Count;
            _fresh.Add(new FreshLine(text, articles?.ToList()));
        }
    }

    /// <summary>
    /// <paramref name="articles"/> contain a known line but were parsed with a snapshot of <paramref name="learnedAtParse"/>
    /// lines: if the line was learned after that, they are re-parse candidates like the articles counted before it.
    /// </summary>
    public void ParsedWithout(ulong hash, IEnumerable<int> articles, int learnedAtParse)
    {
        if (_freshIndex.TryGetValue(hash, out var index) && index >= learnedAtParse)
        {
            _fresh[index].Articles?.AddRange(articles);
        }
    }

    /// <summary>A line learned during the import, and the articles parsed without it that contain it (null: not known).</summary>
    internal sealed record FreshLine(string Text, List<int>? Articles);
}
