namespace NewsArchive.Parsing;

/// <summary>
/// Stage 6 (learned): scores each date the page writes (<see cref="DateFeatures"/>) and the option "undated"
/// with the model's weights and takes the best, so a page gets a date from its text only when one is more
/// likely right than none. Without one, the month-and-day-with-copyright-year and first-comment estimates of
/// the hand-written finder (<see cref="YearlessDateFinder"/>, <see cref="CommentDateFinder"/>) are the last resort.
/// </summary>
public static class DateRanker
{
    /// <summary>The publication date the text gives, or null; dates outside <paramref name="plausible"/> (after the import day, before 1800) are never chosen.</summary>
    public static DateOnly? Choose(ArticleLines lines, Classification classification, int titleIndex, ExtractionModel model, PlausibleDates? plausible = null)
    {
        var window = plausible ?? PlausibleDates.Until(null);
        ArgumentNullException.ThrowIfNull(model);
        DateCandidate? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var candidate in DateFeatures.Candidates(lines, classification, titleIndex))
        {
            if (candidate.Date is { } written && !window.Contains(written))
            {
                continue;
            }
            var score = TitleRanker.Score(candidate.Features, model.Date);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }
        if (best?.Date is { } date)
        {
            return date;
        }
        // Estimates for pages that write no full date near the story: a month and day by the headline with the
        // copyright year, or the earliest comment.
        var start = classification.BodyStart;
        var end = Math.Min(lines.Contents.Count, start < 0 ? 30 : start + 3);
        return YearlessDateFinder.Find(lines.Contents, lines.Features, end, window) ?? CommentDateFinder.Find(lines.Contents, lines.Features, Math.Max(start, 0), window);
    }
}
