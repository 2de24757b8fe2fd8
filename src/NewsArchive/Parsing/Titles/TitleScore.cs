using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Titles;

/// <summary>How much a line looks like the page's headline (the weights are <see cref="TitleTuning"/>).</summary>
internal sealed class TitleScore(ParserTuning tuning)
{
    /// <summary>The line's score, or <see cref="double.MinValue"/> when it cannot be the headline.</summary>
    public double Of(int index, TitleContext context)
    {
        var t = tuning.Titles;
        var line = context.Lines[index];
        var f = context.Features[index];
        if (!context.IsTitleShaped(index))
        {
            return double.MinValue;
        }
        var repeats = context.Repeats(index);
        if (repeats.Exact > t.MaxExactRepeats)
        {
            return double.MinValue;
        }
        var score = repeats.Exact + repeats.Containing >= t.RepeatedMinCount ? t.RepeatedBonus : 0.0;
        score += FirstLine(index, context, f);
        var words = ContentWords.Of(line, tuning);
        // Shared words count, but a two-word menu item must not win on a perfect ratio.
        score += t.SharedWordsWeight * words.Count(context.BodyWords.Contains) / Math.Max(words.Count, t.SharedWordsMinCount);
        score += f.IsWideScript || (f.Words >= t.GoodLengthMinWords && f.Words <= t.GoodLengthMaxWords) ? t.GoodLengthBonus
            : f.Words <= t.TooShortMaxWords ? -t.TooShortPenalty : 0;
        score += f.Words > 0 && LineShapes.IsTitleCased(f, tuning) ? t.TitleCaseBonus : 0;
        // ALL-CAPS lines are kickers and section labels far more often than headlines.
        score -= f.Letters >= t.AllCapsMinLetters && !f.IsWideScript && !line.Any(char.IsLower) ? t.AllCapsPenalty : 0;
        // An entry of a list of links (a run of headlines, "See also", a dated list) is not the page's headline.
        var inList = HeadlineList.IsEntry(context.Lines, context.Features, index, context.IsHeadlineLike, tuning);
        return score + context.BylineCloseness(index) - (inList ? t.ListEntryPenalty : 0);
    }

    // The scraper often wrote the headline as the first line, after the date header when there is one.
    // A two-word first line is as often a section name or an author as a headline.
    // The header line itself reads as empty, so "first" means no text above but a breadcrumb ("Home » News").
    private double FirstLine(int index, TitleContext context, in LineFeatures f)
    {
        var t = tuning.Titles;
        var isFirst = Enumerable.Range(0, index).All(j => context.Lines[j].Length == 0 || FurniturePatterns.IsBreadcrumb(context.Lines[j], tuning));
        var firstLine = !isFirst ? 0 : context.Header.Present ? t.FirstLineAfterHeaderBonus : t.FirstLineBonus;
        return f.Words <= t.ShortFirstLineMaxWords && !f.IsWideScript ? firstLine * t.ShortFirstLineShare : firstLine;
    }
}
