using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Dates;

/// <summary>
/// Stage 5, learned: the header's date when it is plausible; else each date the page writes
/// (<see cref="DateFeatures"/>) and the option "undated" are scored with the model's weights and the best is
/// taken, so a page gets a date from its text only when one is likelier right than none. Dates outside the
/// plausible range are never chosen. Without a written date, the month-and-day-with-copyright-year and
/// first-comment estimates (<see cref="YearlessDateFinder"/>, <see cref="CommentDateFinder"/>) are the last resort.
/// </summary>
internal sealed class DateRanker(ParserTuning tuning, ExtractionModel model) : IParseStage
{
    /// <summary>The name of the model's part that holds the weights.</summary>
    public const string Part = "date";

    private readonly DateFeatures _features = new(tuning);
    private readonly double[] _weights = (model ?? throw new ArgumentNullException(nameof(model))).Weights(Part, DateFeatures.Names);

    public void Run(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var plausible = PlausibleDates.Until(document.Today, tuning.Dates);
        if (HeaderDate.TryTake(document, plausible, out var warning))
        {
            return;
        }
        var date = Choose(document, plausible);
        document.SetDate(date, date is null ? DateSource.None : DateSource.Text, warning);
    }

    /// <summary>The date the text gives, or null.</summary>
    public DateOnly? Choose(ParseDocument document, PlausibleDates plausible)
    {
        ArgumentNullException.ThrowIfNull(document);
        DateOption? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in _features.Candidates(document))
        {
            if (candidate.Date is { } written && !plausible.Contains(written))
            {
                continue;
            }
            var score = ExtractionModel.Score(candidate.Features, _weights);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }
        if (best?.Date is { } date)
        {
            return date;
        }
        var start = document.BodyStart;
        var end = Math.Min(document.Lines.Count, start < 0 ? tuning.Dates.LinesWithoutBody : start + tuning.Dates.LinesIntoBody);
        return (YearlessDateFinder.Find(document.Lines, document.Features, end, plausible, tuning)
            ?? CommentDateFinder.Find(document.Lines, document.Features, Math.Max(start, 0), plausible, tuning))?.Date;
    }
}
