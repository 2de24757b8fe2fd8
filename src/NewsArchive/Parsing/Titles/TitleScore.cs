using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Titles;

/// <summary>What the hand-written score of a headline candidate is made of (the learned ranker reads the same parts as features).</summary>
/// <param name="Shaped">The line is title-shaped; when not, nothing else is measured.</param>
/// <param name="Exact">Occurrences of the line above the body.</param>
/// <param name="Containing">Lines near it that contain it, and a quote of it further down.</param>
/// <param name="Words">Its content words.</param>
/// <param name="Shared">How many of them are in the body.</param>
/// <param name="IsFirst">No text above it but breadcrumbs.</param>
/// <param name="InList">An entry of a list of links to other stories.</param>
/// <param name="Byline">The byline points (next line, near, none).</param>
internal readonly record struct TitleParts(bool Shaped, int Exact, int Containing, WordSet Words, int Shared, bool IsFirst, bool InList, double Byline);

/// <summary>How much a line looks like the page's headline (the weights are <see cref="TitleTuning"/>).</summary>
internal sealed class TitleScore(ParserTuning tuning)
{
    /// <summary>The line's score, or <see cref="double.MinValue"/> when it cannot be the headline.</summary>
    public double Of(int index, TitleContext context) => Combine(index, context, Parts(index, context));

    /// <summary>The measurements behind the score (<see cref="TitleParts.Shaped"/> false: none taken).</summary>
    public TitleParts Parts(int index, TitleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsTitleShaped(index))
        {
            return new TitleParts(false, 1, 0, new WordSet(context.BodyWords.Vocabulary), 0, context.IsFirst(index), false, 0);
        }
        var (exact, containing) = context.Repeats(index);
        var words = ContentWords.Of(context.Lines[index], context.BodyWords.Vocabulary, tuning);
        var shared = words.Shared(context.BodyWords);
        var inList = HeadlineList.IsEntry(context.Lines, context.Features, index, context.IsHeadlineLike, tuning);
        return new TitleParts(true, exact, containing, words, shared, context.IsFirst(index), inList, context.BylineCloseness(index));
    }

    /// <summary>The score of measured parts, or <see cref="double.MinValue"/> when the line cannot be the headline.</summary>
    public double Combine(int index, TitleContext context, in TitleParts parts)
    {
        ArgumentNullException.ThrowIfNull(context);
        var t = tuning.Titles;
        var line = context.Lines[index];
        var f = context.Features[index];
        if (!parts.Shaped || parts.Exact > t.MaxExactRepeats)
        {
            return double.MinValue;
        }
        var score = parts.Exact + parts.Containing >= t.RepeatedMinCount ? t.RepeatedBonus : 0.0;
        score += FirstLine(parts.IsFirst, context, f);
        // Shared words count, but a two-word menu item must not win on a perfect ratio.
        score += t.SharedWordsWeight * parts.Shared / Math.Max(parts.Words.Count, t.SharedWordsMinCount);
        score += f.IsWideScript || (f.Words >= t.GoodLengthMinWords && f.Words <= t.GoodLengthMaxWords) ? t.GoodLengthBonus
            : f.Words <= t.TooShortMaxWords ? -t.TooShortPenalty : 0;
        score += f.Words > 0 && LineShapes.IsTitleCased(f, tuning) ? t.TitleCaseBonus : 0;
        // ALL-CAPS lines are kickers and section labels far more often than headlines.
        score -= f.Letters >= t.AllCapsMinLetters && !f.IsWideScript && !line.Any(char.IsLower) ? t.AllCapsPenalty : 0;
        // An entry of a list of links (a run of headlines, "See also", a dated list) is not the page's headline.
        return score + parts.Byline - (parts.InList ? t.ListEntryPenalty : 0);
    }

    // The scraper often wrote the headline as the first line, after the date header when there is one.
    // A two-word first line is as often a section name or an author as a headline.
    // The header line itself reads as empty, so "first" means no text above but a breadcrumb ("Home » News").
    private double FirstLine(bool isFirst, TitleContext context, in LineFeatures f)
    {
        var t = tuning.Titles;
        var firstLine = !isFirst ? 0 : context.Header.Present ? t.FirstLineAfterHeaderBonus : t.FirstLineBonus;
        return f.Words <= t.ShortFirstLineMaxWords && !f.IsWideScript ? firstLine * t.ShortFirstLineShare : firstLine;
    }
}
