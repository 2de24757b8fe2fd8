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

    /// <summary>The words of one paragraph (none past the last).</summary>
    public HashSet<string> Of(int paragraph) =>
        paragraph < 0 || paragraph >= _words.Length ? [] : _words[paragraph] ??= ContentWords.Of(paragraphs[paragraph], tuning);

    /// <summary>The words of <paramref name="count"/> paragraphs from <paramref name="first"/> on.</summary>
    public HashSet<string> Of(int first, int count)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var k = Math.Max(first, 0); k < Math.Min(_words.Length, first + count); k++)
        {
            words.UnionWith(Of(k));
        }
        return words;
    }
}
