using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Dates;

/// <summary>
/// Stage 5: the header's date when it is plausible; else the date written with the headline and byline: first between the headline
/// and the body, then the nearest above the body; then "Published …" lines anywhere, a month and day with the
/// copyright year, and the earliest comment date as last resorts. The date-acceptance decision is
/// <see cref="Accept"/>: the first candidate, in that order, that is plausible (<see cref="PlausibleDates"/>) and
/// not the date of a listed story.
/// </summary>
internal sealed class DateFinder(ParserTuning tuning) : IParseStage
{
    public void Run(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var plausible = PlausibleDates.Until(document.Today, tuning.Dates);
        if (HeaderDate.TryTake(document, plausible, out var warning))
        {
            return;
        }
        var found = Accept(document, Candidates(document, plausible), plausible);
        document.SetDate(found?.Date, found is null ? DateSource.None : DateSource.Text, warning);
    }

    /// <summary>The first acceptable candidate, or null: a plausible date, and by the headline not one from a list of other stories.</summary>
    public DateCandidate? Accept(ParseDocument document, IEnumerable<DateCandidate> candidates, PlausibleDates plausible)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates.FirstOrDefault(c => plausible.Contains(c.Date)
            && (c.Evidence is not (DateEvidence.NearHeadline or DateEvidence.AboveBody) || !HeadlineList.IsListedDate(document.Lines, document.Features, c.Line, tuning)));
    }

    /// <summary>
    /// The dates written in the text, in the order they are tried (computed lazily: the last resorts are rarely
    /// needed). The last resorts search on past implausible dates, so they are given the plausible range.
    /// </summary>
    public IEnumerable<DateCandidate> Candidates(ParseDocument document, PlausibleDates plausible)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Lines;
        var start = document.BodyStart;
        var titleIndex = document.Title.Index;
        var end = Math.Min(lines.Count, start < 0 ? tuning.Dates.LinesWithoutBody : start + tuning.Dates.LinesIntoBody);
        return ByTheHeadline(document, titleIndex, end).Concat(LastResorts(document, start, end, plausible));
    }

    private IEnumerable<DateCandidate> ByTheHeadline(ParseDocument document, int titleIndex, int end)
    {
        for (var i = Math.Max(titleIndex, 0); titleIndex >= 0 && i < end; i++)
        {
            if (InDateLine(document, i) is { } date)
            {
                yield return new DateCandidate(i, date, DateEvidence.NearHeadline);
            }
        }
        for (var i = end - 1; i >= 0; i--)
        {
            if (InDateLine(document, i) is { } date)
            {
                yield return new DateCandidate(i, date, DateEvidence.AboveBody);
            }
        }
    }

    private IEnumerable<DateCandidate> LastResorts(ParseDocument document, int start, int end, PlausibleDates plausible)
    {
        var lines = document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (FurniturePatterns.MentionsPublication(lines[i], tuning) && TextDates.Find(lines[i], tuning) is { } date)
            {
                yield return new DateCandidate(i, date, DateEvidence.PublicationLine);
            }
        }
        if (YearlessDateFinder.Find(lines, document.Features, end, plausible, tuning) is { } yearless)
        {
            yield return yearless;
        }
        if (CommentDateFinder.Find(lines, document.Features, Math.Max(start, 0), plausible, tuning) is { } comment)
        {
            yield return comment;
        }
    }

    // A line outside the body short enough to be a dateline, or a byline.
    private DateOnly? InDateLine(ParseDocument document, int index)
    {
        var line = document.Lines[index];
        var candidate = (document.Roles[index] != LineRole.Body && document.Features[index].Words <= tuning.Dates.DateLineMaxWords) || FurniturePatterns.IsByline(line);
        return candidate ? TextDates.Find(line, tuning) : null;
    }
}
