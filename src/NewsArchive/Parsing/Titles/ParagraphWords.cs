using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Titles;

/// <summary>
/// The content words of the body's paragraphs, each paragraph read once: the headline ranker asks for the words of
/// several runs of paragraphs (the first five, the five after a competing first line, the lede, the whole body),
/// and reading the body again for each was a fifth of the parser's time. The words of a run are the union of its
/// paragraphs' words, the same as <see cref="ContentWords.Of"/> of the run joined by spaces.
/// </summary>
/// <param name="paragraphs">The body's paragraphs.</param>
/// <param name="vocabulary">The page's words: every set given out, and the candidates' words compared with them, are numbered there.</param>
/// <param name="tuning">The thresholds.</param>
internal sealed class ParagraphWords(IReadOnlyList<string> paragraphs, Vocabulary vocabulary, ParserTuning tuning)
{
    private readonly WordSet?[] _words = new WordSet?[paragraphs.Count];
    private readonly List<(int From, int To, WordSet Words)> _runs = [];

    public Vocabulary Vocabulary { get; } = vocabulary;

    /// <summary>The words of one paragraph (none past the last).</summary>
    public WordSet Of(int paragraph) =>
        paragraph < 0 || paragraph >= _words.Length ? new WordSet(Vocabulary) : _words[paragraph] ??= ContentWords.Of(paragraphs[paragraph], Vocabulary, tuning);

    /// <summary>The words of <paramref name="count"/> paragraphs from <paramref name="first"/> on.</summary>
    /// <remarks>No caller changes the set it gets: a run asked for again (a short body's first five paragraphs are its
    /// whole body) is the same set, a run of one paragraph is that paragraph's set, and a longer run starts from a copy
    /// of the longest run asked for before that starts with the same paragraph (or of its first paragraph's words). The
    /// paragraphs after that go into the run's set word by word, without a set of their own (unless one was made already):
    /// only the run's first paragraph is asked for alone, as the lede.</remarks>
    public WordSet Of(int first, int count)
    {
        var (from, to) = (Math.Max(first, 0), Math.Min(_words.Length, first + count));
        if (from >= to)
        {
            return new WordSet(Vocabulary);
        }
        if (to - from == 1)
        {
            return Of(from);
        }
        var start = LongestRun(from, to);
        if (start is { } known && known.To == to)
        {
            return known.Words;
        }
        var (next, prefix) = start ?? (from + 1, Of(from));
        var words = new WordSet(prefix);
        Span<char> buffer = stackalloc char[64];
        for (var k = next; k < to; k++)
        {
            if (_words[k] is { } own)
            {
                words.UnionWith(own);
                continue;
            }
            var reader = new ContentWords.Reader(paragraphs[k], tuning.Titles.ContentWordMinLength, buffer);
            while (reader.MoveNext())
            {
                words.Add(reader.Current);
            }
        }
        _runs.Add((from, to, words));
        return words;
    }

    /// <summary>
    /// Those of <paramref name="wanted"/>'s words that the run <see cref="Of(int, int)"/> would hold: for each of them,
    /// <c>Contains</c> answers as on that run's set (which it may be, when the run was asked for before). The words of
    /// the paragraphs past the longest run asked for are only looked up, never kept: the headline ranker asks how many of
    /// each candidate's words the whole body has, which is all it needs of the paragraphs past the first few.
    /// </summary>
    public WordSet Matching(IEnumerable<WordSet> wanted, int first, int count)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var (from, to) = (Math.Max(first, 0), Math.Min(_words.Length, first + count));
        var start = LongestRun(from, to);
        if (to - from <= 1 || (start is { } known && known.To == to))
        {
            return Of(first, count);
        }
        var found = new WordSet(Vocabulary);
        var pending = new WordSet(Vocabulary);
        foreach (var words in wanted)
        {
            pending.UnionWith(words);
        }
        var next = from;
        if (start is { } prefix)
        {
            pending.MoveShared(prefix.Words, found);
            next = prefix.To;
        }
        Span<char> buffer = stackalloc char[64];
        for (var k = next; k < to && pending.Count > 0; k++)
        {
            if (_words[k] is { } own)
            {
                pending.MoveShared(own, found);
                continue;
            }
            var reader = new ContentWords.Reader(paragraphs[k], tuning.Titles.ContentWordMinLength, buffer);
            while (reader.MoveNext())
            {
                var word = Vocabulary.IndexOf(reader.Current);
                if (pending.Remove(word))
                {
                    found.Add(word);
                }
            }
        }
        return found;
    }

    // The longest run asked for before that starts at from and ends by to (none is empty).
    private (int To, WordSet Words)? LongestRun(int from, int to)
    {
        (int To, WordSet Words)? start = null;
        foreach (var run in _runs)
        {
            if (run.From == from && run.To <= to && run.To > run.From && (start is null || run.To > start.Value.To))
            {
                start = (run.To, run.Words);
            }
        }
        return start;
    }
}
