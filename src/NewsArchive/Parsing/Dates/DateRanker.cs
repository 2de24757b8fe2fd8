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

    /// <summary>The model's part that holds the acceptance threshold (<see cref="AcceptNames"/>).</summary>
    public const string AcceptPart = "date_accept";

    /// <summary>The one value of <see cref="AcceptPart"/>: the softmax probability the best date needs to be taken (precision first).</summary>
    public static readonly string[] AcceptNames = ["min_probability"];

    private readonly DateFeatures _features = new(tuning);
    private readonly double[] _weights = (model ?? throw new ArgumentNullException(nameof(model))).Weights(Part, DateFeatures.Names);
    private readonly double _minProbability = model.Weights(AcceptPart, AcceptNames)[0];

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
        var candidates = _features.Candidates(document).Where(c => c.Date is not { } written || plausible.Contains(written)).ToList();
        var scores = candidates.Select(c => ExtractionModel.Score(c.Features, _weights)).ToArray();
        var best = scores.Length == 0 ? -1 : Array.IndexOf(scores, scores.Max());
        if (best >= 0 && candidates[best].Date is { } date)
        {
            // Taken only when the ranker is sure enough of it: undated beats a wrong date.
            var total = scores.Sum(s => Math.Exp(s - scores[best]));
            return 1 / total >= _minProbability ? date : null;
        }
        var start = document.BodyStart;
        var end = Math.Min(document.Lines.Count, start < 0 ? tuning.Dates.LinesWithoutBody : start + tuning.Dates.LinesIntoBody);
        return (YearlessDateFinder.Find(document.Lines, document.Features, end, plausible, tuning)
            ?? CommentDateFinder.Find(document.Lines, document.Features, Math.Max(start, 0), plausible, tuning))?.Date;
    }
}
