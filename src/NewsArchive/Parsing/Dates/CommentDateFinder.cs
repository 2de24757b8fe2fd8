using System.Text.RegularExpressions;
using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Dates;

/// <summary>
/// Last resort for pages whose only dates are the timestamps of their comments ("Jane / August 8, 2018 at
/// 3:17 pm" under "6 thoughts on …"): a story is published no later than its first comment, and comments
/// mostly come while it is new, so the earliest comment date stands for the publication date. Only bare date
/// lines below a comments heading count, never dates inside the comments' text.
/// </summary>
internal static partial class CommentDateFinder
{
    /// <summary>The earliest plausible date line below the first comments heading at or after <paramref name="from"/>, or null.</summary>
    public static DateCandidate? Find(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, int from, PlausibleDates plausible, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(tuning);
        var heading = -1;
        for (var i = Math.Max(from, 0); i < lines.Count && heading < 0; i++)
        {
            heading = IsCommentsHeading(lines[i], tuning) ? i : -1;
        }
        DateOnly? earliest = null;
        var at = -1;
        for (var i = heading + 1; heading >= 0 && i < lines.Count; i++)
        {
            var date = LineShapes.IsDateLine(lines[i], features[i], tuning) ? plausible.Keep(TextDates.Find(lines[i], tuning)) : null;
            if (date < earliest || (earliest is null && date is not null))
            {
                (earliest, at) = (date, i);
            }
        }
        return earliest is { } found ? new DateCandidate(at, found, DateEvidence.FirstComment) : null;
    }

    /// <summary>"12 thoughts on “…”", "3 Comments", "Leave a reply", "Kommentare", "Комментарии".</summary>
    public static bool IsCommentsHeading(string line, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(tuning);
        return line.Length > 0 && line.Length <= tuning.Dates.CommentsHeadingMaxChars && CommentsHeading().IsMatch(line);
    }

    [GeneratedRegex(@"^(?:(?:\d+|one|no)\s+(?:thoughts?|comments?|responses?|replies|reactions?)(?:\s+(?:on|to)\b.*)?|comments?(?:\s*\(\d+\))?|(?:leave|post|add|write)\s+a\s+(?:comment|reply)|join\s+the\s+(?:conversation|discussion)|discussion|(?:\d+\s+)?(?:commentaires?|comentarios?|comentários?|kommentare?|komentar|комментари[йия]|コメント|댓글))\s*[:.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentsHeading();
}
