using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Dates;

/// <summary>
/// Stage 5: the header's date; else the date written with the headline and byline: first between the headline
/// and the body, then the nearest above the body; then "Published …" lines anywhere, a month and day with the
/// copyright year, and the earliest comment date as last resorts. The date-acceptance decision is
/// <see cref="Accept"/>: the first candidate, in that order, that is not the date of a listed story.
/// </summary>
public sealed class DateFinder(ParserTuning tuning) : IParseStage
{
    public void Run(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Header.Date is { } header)
        {
            document.SetDate(header, DateSource.Header);
            return;
        }
        var found = Accept(document, Candidates(document));
        document.SetDate(found?.Date, found is null ? DateSource.None : DateSource.Text);
    }

    /// <summary>The first acceptable candidate, or null: a date by the headline is not taken from a list of other stories.</summary>
    public DateCandidate? Accept(ParseDocument document, IEnumerable<DateCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates.FirstOrDefault(c => c.Evidence is not (DateEvidence.NearHeadline or DateEvidence.AboveBody)
            || !HeadlineList.IsListedDate(document.Lines, document.Features, c.Line, tuning));
    }

    /// <summary>The dates written in the text, in the order they are tried (computed lazily: the last resorts are rarely needed).</summary>
    public IEnumerable<DateCandidate> Candidates(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Lines;
        var start = document.BodyStart;
        var titleIndex = document.Title.Index;
        var end = Math.Min(lines.Count, start < 0 ? tuning.Dates.LinesWithoutBody : start + tuning.Dates.LinesIntoBody);
        return ByTheHeadline(document, titleIndex, end).Concat(LastResorts(document, start, end));
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

    private IEnumerable<DateCandidate> LastResorts(ParseDocument document, int start, int end)
    {
        var lines = document.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (FurniturePatterns.MentionsPublication(lines[i], tuning) && TextDates.Find(lines[i], tuning) is { } date)
            {
                yield return new DateCandidate(i, date, DateEvidence.PublicationLine);
            }
        }
        if (YearlessDateFinder.Find(lines, document.Features, end, tuning) is { } yearless)
        {
            yield return yearless;
        }
        if (CommentDateFinder.Find(lines, document.Features, Math.Max(start, 0), tuning) is { } comment)
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
