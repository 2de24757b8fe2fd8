namespace NewsArchive.Parsing;

/// <summary>
/// Stage 5: the headline is a short, title-like line a little before the body that shares words with it and
/// is often repeated. Without one, the title is cut from the first sentence of the body.
/// </summary>
public static class TitleFinder
{
    public const int MaxDerivedLength = 120;
    private const int LinesToLookBack = 40;
    private static readonly char[] s_punctuation = ".,;:!?\"“”‘’'()[]«»".ToCharArray();

    public static TitleChoice Choose(ArticleLines lines, Classification classification, IReadOnlyList<string> paragraphs, ParserTuning? tuning = null)
    {
        var minScore = (tuning ?? ParserTuning.Default).TitleMinScore;
        var best = Candidates(lines, classification, paragraphs).Where(c => c.Score >= minScore).OrderByDescending(c => c.Score).FirstOrDefault();
        return best.Line is not null ? new TitleChoice(best.Line, false, best.Line, best.Index) : new TitleChoice(Derive(paragraphs), true, null);
    }

    /// <summary>The title-shaped lines above the body with their scores, nearest first (also useful to explain a choice).</summary>
    public static IReadOnlyList<(string Line, double Score, int Index)> Candidates(ArticleLines lines, Classification classification, IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(classification);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var context = new TitleContext(lines, classification.BodyStart, ContentWords(string.Join(' ', paragraphs.Take(5))));
        var candidates = new List<(string, double, int)>();
        var seen = 0;
        for (var i = classification.BodyStart - 1; i >= 0 && seen < LinesToLookBack; i--)
        {
            if (lines.Contents[i].Length == 0)
            {
                continue;
            }
            var score = Score(i, context) - (0.05 * seen);
            seen++;
            if (score > double.MinValue / 2)
            {
                candidates.Add((lines.Contents[i], score, i));
            }
        }
        AddHeadlineTakenIntoBody(lines, classification, paragraphs, candidates);
        return candidates;
    }

    // A repeated or title-cased headline may score as running text and open the body; it competes too, matched
    // against the body after it so that it does not match itself.
    private static void AddHeadlineTakenIntoBody(ArticleLines lines, Classification classification, IReadOnlyList<string> paragraphs, List<(string, double, int)> candidates)
    {
        var start = classification.BodyStart;
        if (start < 0 || paragraphs.Count < 2)
        {
            return;
        }
        if (Competes(lines, start))
        {
            // The body's words are gathered only now: most first lines do not compete.
            var context = new TitleContext(lines, start + 3, ContentWords(string.Join(' ', paragraphs.Skip(1).Take(5))));
            candidates.Add((lines.Contents[start], Score(start, context), start));
        }
    }

    /// <summary>A body line that may be the headline taken into the body: title-cased, repeated, or a caseless opener.</summary>
    internal static bool Competes(ArticleLines lines, int index)
    {
        var f = lines.Features[index];
        // Scripts without letter case (Arabic, CJK, Hebrew…) give no title-case signal: a short unpunctuated opener competes too.
        return f.CapitalisedWords * 10 >= f.Words * 6 || IsCaselessOpener(lines.Contents[index], f)
            || new TitleContext(lines, index + 3, []).Repeats(index).Exact >= 2;
    }

    private static bool IsCaselessOpener(string line, in LineFeatures f) =>
        f.Letters > 0 && !line.Any(c => char.IsUpper(c) || char.IsLower(c)) && IsTitleShaped(line, f) && !".!?。！？".Contains(line[^1], StringComparison.Ordinal);

    /// <summary>The first sentence of the body, cut at a word boundary to at most <see cref="MaxDerivedLength"/> characters.</summary>
    public static string Derive(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var first = paragraphs.Count > 0 ? paragraphs[0] : "";
        var end = SentenceEnd(first);
        var sentence = first[..end].TrimEnd('.', ' ');
        if (sentence.Length == 0)
        {
            // A body that opens with bare punctuation still needs a readable title.
            sentence = first.Trim().Length > 0 ? first.Trim() : "Untitled";
        }
        if (sentence.Length <= MaxDerivedLength)
        {
            return sentence;
        }
        var cut = sentence.LastIndexOf(' ', MaxDerivedLength - 1);
        return string.Concat(sentence.AsSpan(0, cut > 0 ? cut : MaxDerivedLength - 1).TrimEnd(" ,;:-–—"), "…");
    }

    private static double Score(int index, TitleContext context)
    {
        var line = context.Lines.Contents[index];
        var f = context.Lines.Features[index];
        if (!context.IsTitleShaped(index))
        {
            return double.MinValue;
        }
        var repeats = context.Repeats(index);
        if (repeats.Exact > 2)
        {
            return double.MinValue;
        }
        var score = repeats.Exact + repeats.Containing >= 2 ? 2.0 : 0.0;
        // The scraper often wrote the headline as the first line, after the date header when there is one.
        // A two-word first line is as often a section name or an author as a headline.
        // The header line itself reads as empty, so "first" means no text above but a breadcrumb ("Home » News").
        var isFirst = Enumerable.Range(0, index).All(j => context.Lines.Contents[j].Length == 0 || FurniturePatterns.IsBreadcrumb(context.Lines.Contents[j]));
        var firstLine = !isFirst ? 0 : context.Lines.Header.Present ? 3.5 : 2;
        score += f.Words <= 2 && !f.IsWideScript ? firstLine / 2 : firstLine;
        var words = ContentWords(line);
        // Shared words count, but a two-word menu item must not win on a perfect ratio.
        score += 3.0 * words.Count(context.BodyWords.Contains) / Math.Max(words.Count, 3);
        score += f.IsWideScript || f.Words is >= 4 and <= 25 ? 1 : f.Words <= 2 ? -1 : 0;
        score += f.Words > 0 && f.CapitalisedWords * 10 >= f.Words * 6 ? 0.5 : 0;
        // ALL-CAPS lines are kickers and section labels far more often than headlines.
        score -= f.Letters >= 4 && !f.IsWideScript && !line.Any(char.IsLower) ? 1.5 : 0;
        // An entry of a list of links (a run of headlines, "See also", a dated list) is not the page's headline.
        var inList = HeadlineList.IsEntry(context.Lines.Contents, context.Lines.Features, index, context.IsHeadlineLike);
        return score + context.BylineCloseness(index) - (inList ? 1.5 : 0);
    }

    internal static bool IsTitleShaped(string line, in LineFeatures f)
    {
        if (f.Words > 30 || f.Chars > 250 || (f.IsWideScript ? f.EffectiveLength < 10 : f.Words < 2))
        {
            return false;
        }
        if (line[^1] is ',' or ';' or ':' || (line[^1] is '.' or '。' or '．' && f.CapitalisedWords * 10 < f.Words * 6))
        {
            return false;
        }
        return !FurniturePatterns.IsFurniture(line, f) && !(f.Words <= 10 && TextDateFinder.Find(line) is not null);
    }

    internal static HashSet<string> ContentWords(string text)
    {
        // Spans and one lower-casing buffer: this runs over the first paragraphs of every file (speed budget).
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        foreach (var range in text.AsSpan().Split(' '))
        {
            var token = text.AsSpan(range).Trim(s_punctuation);
            if (token.Length < 4)
            {
                continue;
            }
            var lower = token.Length <= buffer.Length ? buffer[..token.Length] : new char[token.Length];
            token.ToLowerInvariant(lower);
            var word = Stem(lower);
            if (word.Length >= 4 && !StopWords.Contains(word))
            {
                lookup.Add(word);
            }
        }
        return words;
    }

    // Crude, but enough to match "council’s" with "council" and "votes" with "vote".
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal))
        {
            return word[..^2];
        }
        return word.Length > 4 && word[^1] == 's' ? word[..^1] : word;
    }

    private static int SentenceEnd(string text)
    {
        for (var i = 20; i < text.Length - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && !char.IsUpper(text[i - 1]))
            {
                return text[i] == '.' ? i : i + 1;
            }
            if (text[i] is '。' or '！' or '？')
            {
                return i + 1;
            }
        }
        return text.Length;
    }
}
