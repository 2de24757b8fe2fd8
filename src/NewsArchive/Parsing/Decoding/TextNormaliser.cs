using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsArchive.Parsing.Decoding;

/// <summary>
/// Stage 2: one line-ending convention, one kind of space, no invisible characters, no trailing spaces and
/// at most one blank line in a row. Line roles are computed on this text, so it is what the article page shows.
/// The private-use characters U+E000 and U+E001 are dropped: the search highlighter uses them as its markers.
/// </summary>
internal static class TextNormaliser
{
    // Every character AppendNormalised changes or drops (controls, tabs, Unicode spaces but the plain one,
    // zero-width characters), so that lines without any are copied whole.
    private static readonly SearchValues<char> s_special = SearchValues.Create(CharsWhere(c => c != ' ' && NeedsChange(c)));

    // The same but the line feed, which separates the lines of a text that needs no change.
    private static readonly SearchValues<char> s_specialButLineFeed = SearchValues.Create(CharsWhere(c => c is not (' ' or '\n') && NeedsChange(c)));

    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Most files are normalised already but for the line feeds at their end: then the text is that, without
        // rebuilding it. Else (a carriage return, a character to change, a trailing space, a blank line first or
        // two in a row) it is rebuilt line by line.
        var kept = text.AsSpan().TrimEnd('\n');
        if (!kept.ContainsAny(s_specialButLineFeed) && !kept.EndsWith(' ') && !kept.StartsWith('\n')
            && !kept.Contains(" \n", StringComparison.Ordinal) && !kept.Contains("\n\n\n", StringComparison.Ordinal))
        {
            return kept.Length == text.Length ? text : kept.ToString();
        }
        return Rebuild(text);
    }

    /// <summary>The normalised text, built line by line.</summary>
    internal static string Rebuild(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length);
        var line = new StringBuilder(256);
        var blankPending = false;
        var rest = text.AsSpan();
        while (true)
        {
            var end = rest.IndexOfAny('\r', '\n');
            var content = end < 0 ? rest : rest[..end];
            if (content.ContainsAny(s_special))
            {
                foreach (var c in content)
                {
                    AppendNormalised(line, c);
                }
            }
            else
            {
                // Most lines need no change: copied whole.
                line.Append(content);
            }
            FlushLine(output, line, ref blankPending);
            if (end < 0)
            {
                break;
            }
            rest = rest[(end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1))..];
        }
        return output.ToString();
    }

    private static void FlushLine(StringBuilder output, StringBuilder line, ref bool blankPending)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ')
        {
            end--;
        }
        if (end == 0)
        {
            // Blank lines are only written once something follows them: runs collapse and the end is clean.
            blankPending = output.Length > 0;
        }
        else
        {
            if (output.Length > 0)
            {
                output.Append('\n');
                if (blankPending)
                {
                    output.Append('\n');
                }
            }
            output.Append(line, 0, end);
            blankPending = false;
        }
        line.Clear();
    }

    /// <summary>Every UTF-16 code unit for which <paramref name="predicate"/> holds, for building a <see cref="SearchValues{T}"/>.</summary>
    internal static string CharsWhere(Func<char, bool> predicate)
    {
        var chars = new StringBuilder();
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            if (predicate(c))
            {
                chars.Append(c);
            }
        }
        return chars.ToString();
    }

    private static bool NeedsChange(char c) =>
        char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u2028' or '\u2029' or '\uE000' or '\uE001'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator;

    private static void AppendNormalised(StringBuilder line, char c)
    {
        if (c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2028' || c == '\u2029')
        {
            line.Append(' ');
            return;
        }
        if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\uE000' or '\uE001' || char.IsControl(c))
        {
            return;
        }
        line.Append(CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator ? ' ' : c);
    }
}
