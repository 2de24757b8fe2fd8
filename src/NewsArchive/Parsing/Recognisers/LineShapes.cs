using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Recognisers;

/// <summary>Recognisers of a line's shape from its own text and features: running text, title case, a title, a date line.</summary>
internal static class LineShapes
{
    /// <summary>Running text: long, with the function words and punctuation of sentences.</summary>
    public static bool IsText(in LineFeatures f, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        var t = tuning.Shapes;
        if (f.IsWideScript)
        {
            return f.EffectiveLength >= t.WideTextMinLength && (f.EndsSentence || f.EffectiveLength >= t.WideTextUnpunctuatedMinLength);
        }
        if (f.Words < t.TextMinWords || f.Chars < t.TextMinChars || f.Letters <= f.Digits * t.TextMinLettersPerDigit)
        {
            return false;
        }
        // Headlines are long too, but capitalised and without a full stop.
        return f.EndsSentence
            ? f.StopDensity >= t.SentenceMinStopDensity || f.Words >= t.SentenceMinWords
            : CapitalisedShare(f) < t.UnpunctuatedMaxCapitalisedShare
                && ((f.Words >= t.UnpunctuatedMinWords && f.StopDensity >= t.UnpunctuatedMinStopDensity) || f.Words >= t.UnpunctuatedLongWords);
    }

    /// <summary>Most words capitalised (true for a line without words).</summary>
    public static bool IsTitleCased(in LineFeatures f, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        return f.Words == 0 || CapitalisedShare(f) >= tuning.Shapes.TitleCaseShare;
    }

    /// <summary>Could be a headline by its own text: a few words, no trailing comma or colon, no full stop unless title-cased, not furniture, not a date.</summary>
    public static bool IsTitleShaped(string line, in LineFeatures f, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(tuning);
        var t = tuning.Shapes;
        if (f.Words > t.TitleMaxWords || f.Chars > t.TitleMaxChars || (f.IsWideScript ? f.EffectiveLength < t.TitleMinWideLength : f.Words < t.TitleMinWords))
        {
            return false;
        }
        if (line[^1] is ',' or ';' or ':' || (line[^1] is '.' or '。' or '．' && !IsTitleCased(f, tuning)))
        {
            return false;
        }
        return !FurniturePatterns.IsFurniture(line, f, tuning) && !(f.Words <= t.TitleDateMaxWords && TextDates.Find(line, tuning) is not null);
    }

    /// <summary>A short line that is mostly a date: a timestamp, or an entry of a dated headline list.</summary>
    public static bool IsDateLine(string line, in LineFeatures f, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(tuning);
        var t = tuning.Shapes;
        return (f.Words <= t.DateLineMaxWords || (f.Words <= t.BylineDateLineMaxWords && FurniturePatterns.IsByline(line)))
            && !f.EndsSentence && TextDates.Find(line, tuning) is not null;
    }

    // Division, not a product: the share compares exactly as the integer ratio it stands for.
    private static double CapitalisedShare(in LineFeatures f) => (double)f.CapitalisedWords / f.Words;
}
