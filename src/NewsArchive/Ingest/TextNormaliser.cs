using System.Globalization;
using System.Text;

namespace NewsArchive.Ingest;

/// <summary>
/// Stage 2: one line-ending convention, one kind of space, no invisible characters, no trailing spaces and
/// at most one blank line in a row. Line roles are computed on this text, so it is what the article page shows.
/// </summary>
public static class TextNormaliser
{
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length);
        var line = new StringBuilder(256);
        var blankPending = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                FlushLine(output, line, ref blankPending);
                continue;
            }
            AppendNormalised(line, c);
        }
        FlushLine(output, line, ref blankPending);
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

    private static void AppendNormalised(StringBuilder line, char c)
    {
        if (c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u2028' || c == '\u2029')
        {
            line.Append(' ');
            return;
        }
        if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' || char.IsControl(c))
        {
            return;
        }
        line.Append(CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator ? ' ' : c);
    }
}
