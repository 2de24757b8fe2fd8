namespace NewsArchive.Ingest;

/// <summary>
/// The boilerplate lines known during one import: those learned before it, plus those that reached
/// <see cref="BoilerplateLearner.MinFiles"/> articles during it (<see cref="Fresh"/>). The parser reads
/// <see cref="Texts"/> between batches, so files imported after a line was learned are parsed with it.
/// </summary>
internal sealed class LearnedLines
{
    private readonly HashSet<string> _texts;
    private readonly HashSet<ulong> _hashes;
    private readonly List<FreshLine> _fresh = [];

    public LearnedLines(IEnumerable<string> known)
    {
        _texts = new HashSet<string>(known, StringComparer.Ordinal);
        _hashes = [.. _texts.Select(t => LineKey.Of(t))];
    }

    public IReadOnlySet<string> Texts => _texts;

    /// <summary>Lines learned during this import, in the order they were learned.</summary>
    public IReadOnlyList<FreshLine> Fresh => _fresh;

    public bool Contains(ulong hash) => _hashes.Contains(hash);

    /// <summary>Only between batches: the parser reads <see cref="Texts"/> on several threads while a batch loads.</summary>
    public void Learn(string text, IReadOnlyCollection<int>? articles)
    {
        if (_texts.Add(text))
        {
            _hashes.Add(LineKey.Of(text));
            _fresh.Add(new FreshLine(text, articles));
        }
    }

    /// <summary>A line learned during the import, and the articles parsed before that which contain it (null: not known).</summary>
    internal sealed record FreshLine(string Text, IReadOnlyCollection<int>? Articles);
}
