using NewsArchive.Parsing;

namespace NewsArchive.Boilerplate;

/// <summary>
/// The lines of an article the boilerplate learner counts: short (at most <see cref="MaxLineLength"/>
/// characters), not blank, not the header, not a long sentence. Counting and checking use the same rule.
/// </summary>
internal static class ArchiveLines
{
    /// <summary>Longer lines are prose, however often they recur (syndicated stories repeat whole paragraphs).</summary>
    public const int MaxLineLength = 160;

    private const int SentenceWords = 12;

    /// <summary>The candidate lines of an article, trimmed, with their line index.</summary>
    public static IEnumerable<(string Line, int Index)> Candidates(string rawText, string lineRoles)
    {
        var index = 0;
        for (var start = 0; start <= rawText.Length; index++)
        {
            var (lineStart, length, next) = NextLine(rawText, start);
            if (IsCandidate(rawText.AsSpan(lineStart, length), LineRoles.Decode(lineRoles, index)))
            {
                yield return (rawText.Substring(lineStart, length), index);
            }
            start = next;
        }
    }

    /// <summary>Calls <paramref name="visit"/> with the start and length (trimmed) of each candidate line, without allocating.</summary>
    public static void ForEachCandidate<TState>(string rawText, string lineRoles, TState state, Action<TState, int, int> visit)
    {
        var index = 0;
        for (var start = 0; start <= rawText.Length; index++)
        {
            var (lineStart, length, next) = NextLine(rawText, start);
            if (IsCandidate(rawText.AsSpan(lineStart, length), LineRoles.Decode(lineRoles, index)))
            {
                visit(state, lineStart, length);
            }
            start = next;
        }
    }

    /// <summary>The trimmed line beginning at <paramref name="start"/>, and where the next line begins.</summary>
    private static (int Start, int Length, int Next) NextLine(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        if (end < 0)
        {
            end = text.Length;
        }
        var line = text.AsSpan(start, end - start);
        var trimmed = line.Trim();
        var lead = trimmed.IsEmpty ? 0 : line.Length - line.TrimStart().Length;
        return (start + lead, trimmed.Length, end + 1);
    }

    private static bool IsCandidate(ReadOnlySpan<char> line, LineRole role) =>
        line.Length is > 1 and <= MaxLineLength && role is not (LineRole.Blank or LineRole.Header) && !IsSentence(line);

    private static bool IsSentence(ReadOnlySpan<char> line)
    {
        if (!".!?\"”»".Contains(line[^1]))
        {
            return false;
        }
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = c != ' ';
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words >= SentenceWords;
    }
}
