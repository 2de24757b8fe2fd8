using System.Text.RegularExpressions;

namespace NewsArchive.Parsing;

/// <summary>
/// Last resort for pages whose only dates are the timestamps of their comments ("Jane / August 8, 2018 at
/// 3:17 pm" under "6 thoughts on …"): a story is published no later than its first comment, and comments
/// mostly come while it is new, so the earliest comment date stands for the publication date. Only bare date
/// lines below a comments heading count, never dates inside the comments' text.
/// </summary>
public static partial class CommentDateFinder
{
    private const int MaxHeadingLength = 300;

    /// <summary>The earliest plausible date line below the first comments heading at or after <paramref name="from"/>, or null.</summary>
    public static DateOnly? Find(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, int from, PlausibleDates? plausible = null)
    {
        var window = plausible ?? PlausibleDates.Until(null);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(features);
        var heading = -1;
        for (var i = Math.Max(from, 0); i < lines.Count && heading < 0; i++)
        {
            heading = IsCommentsHeading(lines[i]) ? i : -1;
        }
        DateOnly? earliest = null;
        for (var i = heading + 1; heading >= 0 && i < lines.Count; i++)
        {
            var date = LineKinds.IsDateLine(lines[i], features[i]) ? window.Keep(TextDateFinder.Find(lines[i])) : null;
            if (date < earliest || (earliest is null && date is not null))
            {
                earliest = date;
            }
        }
        return earliest;
    }

    /// <summary>"12 thoughts on “…”", "3 Comments", "Leave a reply", "Kommentare", "Комментарии".</summary>
    public static bool IsCommentsHeading(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Length is > 0 and <= MaxHeadingLength && CommentsHeading().IsMatch(line);
    }

    [GeneratedRegex(@"^(?:(?:\d+|one|no)\s+(?:thoughts?|comments?|responses?|replies|reactions?)(?:\s+(?:on|to)\b.*)?|comments?(?:\s*\(\d+\))?|(?:leave|post|add|write)\s+a\s+(?:comment|reply)|join\s+the\s+(?:conversation|discussion)|discussion|(?:\d+\s+)?(?:commentaires?|comentarios?|comentários?|kommentare?|komentar|комментари[йия]|コメント|댓글))\s*[:.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsHeading();
}
