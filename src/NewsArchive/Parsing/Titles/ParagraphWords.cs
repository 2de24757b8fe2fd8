using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Titles;

/// <summary>
/// The content words of the body's paragraphs, each paragraph read once: the headline ranker asks for the words of
/// several runs of paragraphs (the first five, the five after a competing first line, the lede, the whole body),
/// and reading the body again for each was a fifth of the parser's time. The words of a run are the union of its
/// paragraphs' words, the same as <see cref="ContentWords.Of"/> of the run joined by spaces.
/// </summary>
internal sealed class ParagraphWords(IReadOnlyList<string> paragraphs, ParserTuning tuning)
{
    private readonly HashSet<string>?[] _words = new HashSet<string>?[paragraphs.Count];
    private readonly List<(int From, int To, HashSet<string> Words)> _runs = [];

    /// <summary>The words of one paragraph (none past the last).</summary>
    public HashSet<string> Of(int paragraph) =>
        paragraph < 0 || paragraph >= _words.Length ? [] : _words[paragraph] ??= ContentWords.Of(paragraphs[paragraph], tuning);

    /// <summary>The words of <paramref name="count"/> paragraphs from <paramref name="first"/> on.</summary>
    /// <remarks>No caller changes the set it gets: a run asked for again (a short body's first five paragraphs are its
    /// whole body) is the same set, a run of one paragraph is that paragraph's set, and a longer run starts from a copy
    /// of the longest run asked for before that starts with the same paragraph.</remarks>
    public HashSet<string> Of(int first, int count)
    {
        var (from, to) = (Math.Max(first, 0), Math.Min(_words.Length, first + count));
        if (to - from == 1)
        {
            return Of(from);
        }
        (int To, HashSet<string> Words)? start = null;
        foreach (var run in _runs)
        {
            if (run.From == from && run.To <= to && (start is null || run.To > start.Value.To))
            {
                start = (run.To, run.Words);
            }
        }
        if (start is { } known && known.To == to)
        {
            return known.Words;
        }
        var words = start is { } prefix ? new HashSet<string>(prefix.Words, StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
        for (var k = start?.To ?? from; k < to; k++)
        {
            words.UnionWith(Of(k));
        }
        _runs.Add((from, to, words));
        return words;
    }
}
