namespace NewsArchive.Parsing;

/// <summary>One line that may be the headline, with its features (in <see cref="TitleFeatures.Names"/> order).
/// <see cref="Index"/> -1 stands for "no headline line: derive the title from the first sentence".</summary>
public sealed record TitleCandidate(int Index, string Line, double[] Features);

/// <summary>
/// The features of the headline candidates of a page, for the learned <see cref="TitleRanker"/>: the lines
/// above the body (up to 40 non-empty ones) and the body's first line, each described by its shape, where it
/// sits, what is around it and how much it shares with the body. The weights are learned
/// (tools/train-extraction.sh), not set by hand.
/// </summary>
public static class TitleFeatures
{
    private const int LinesToLookBack = 40;

    public static readonly string[] Names =
    [
        "bias", "derive", "shaped", "repeated", "contained", "first", "first_after_header", "body_overlap", "overlap_words",
        "words_4_25", "words_1_2", "title_case", "all_caps", "in_list", "byline_next", "byline_near", "distance",
        "in_body", "kind_text", "kind_furniture", "kind_break", "ends_full_stop", "ends_question", "log_chars",
        "digit_share", "stop_density", "above_body", "page_title_prefix", "wide", "repeated_often", "long",
        "date_line", "furniture", "byline", "after_byline", "has_colon", "first_shaped", "above_text",
        "after_short_run", "quoted_later", "rule_score", "rule_best", "overlap_best", "kicker_joined", "body_later",
        "contains_candidate", "part_of_line",
    ];

    public static int Count => Names.Length;

    /// <summary>The candidates of a page, nearest the body first; the derive option last. Empty when there is no body.</summary>
    public static List<TitleCandidate> Candidates(ArticleLines lines, Classification classification, IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(classification);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var candidates = new List<TitleCandidate>();
        var start = classification.BodyStart;
        if (start < 0 || paragraphs.Count == 0)
        {
            return candidates;
        }
        var context = new TitleContext(lines, start, TitleFinder.ContentWords(string.Join(' ', paragraphs.Take(5))));
        var seen = 0;
        var shapedSeen = false;
        int? firstShaped = null;
        for (var i = 0; i < start; i++)
        {
            if (lines.Contents[i].Length > 0 && context.IsTitleShaped(i) && !IsBylineOrDate(lines, i))
            {
                firstShaped = i;
                break;
            }
        }
        for (var i = start - 1; i >= 0 && seen < LinesToLookBack; i--)
        {
            if (lines.Contents[i].Length == 0)
            {
                continue;
            }
            if (Plausible(lines.Features[i]))
            {
                candidates.Add(new TitleCandidate(i, lines.Contents[i], Measure(i, seen, context, classification, firstShaped, ref shapedSeen)));
            }
            seen++;
        }
        // The headline may have been taken into the body: its first lines compete when they look like one (title
    // case, repeated, a caseless opener), matched against the body after them. A body that opens with plain
    // sentences (no headline on the page) leaves only the derive option.
        var bodyLine = 0;
        for (var i = start; i < lines.Contents.Count && bodyLine < 3 && bodyLine < paragraphs.Count - 1; i++)
        {
            if (classification.Roles[i] != LineRole.Body)
            {
                continue;
            }
            bodyLine++;
            if (Plausible(lines.Features[i]) && TitleFinder.IsTitleShaped(lines.Contents[i], lines.Features[i]) && TitleFinder.Competes(lines, i))
            {
                var bodyContext = new TitleContext(lines, i + 3, TitleFinder.ContentWords(string.Join(' ', paragraphs.Skip(bodyLine).Take(5))));
                var ignored = true;
                var x = Measure(i, 0, bodyContext, classification, firstShaped, ref ignored);
                x[44] = bodyLine > 1 ? 1 : 0;
                candidates.Add(new TitleCandidate(i, lines.Contents[i], x));
            }
        }
        AddRelativeFeatures(lines, classification, paragraphs, candidates);
        var derive = new double[Count];
        derive[1] = 1;
        candidates.Add(new TitleCandidate(-1, TitleFinder.Derive(paragraphs), derive));
        return candidates;
    }

    // What a candidate is compared with the others: the hand-written score's choice, the most body words, a
    // "Kicker: Headline" line made of two others.
    private static bool AddRelativeFeatures(ArticleLines lines, Classification classification, IReadOnlyList<string> paragraphs, List<TitleCandidate> candidates)
    {
        var rules = TitleFinder.Candidates(lines, classification, paragraphs);
        var ruleBest = rules.Count == 0 || rules.Max(r => r.Score) < ParserTuning.Default.TitleMinScore ? -1 : rules.MaxBy(r => r.Score).Index;
        var bestOverlap = candidates.Count == 0 ? 0 : candidates.Max(c => c.Features[7]);
        var texts = new HashSet<string>(candidates.Select(c => c.Line), StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var x = candidate.Features;
            var rule = rules.FirstOrDefault(r => r.Index == candidate.Index);
            x[40] = rule.Line is null ? -1 : Math.Clamp(rule.Score, -5, 10) / 5;
            x[41] = candidate.Index == ruleBest && rule.Score >= 1.5 ? 1 : 0;
            x[42] = bestOverlap > 0 && x[7] >= bestOverlap ? 1 : 0;
            var colon = candidate.Line.IndexOf(": ", StringComparison.Ordinal);
            x[43] = colon > 0 && (texts.Contains(candidate.Line[(colon + 2)..]) || texts.Contains(candidate.Line[..colon])) ? 1 : 0;
            // "HomeNewsHeadline", "Headline Back to video": a line made of another candidate and something more.
            x[45] = candidates.Any(o => o.Line.Length >= 20 && o.Line.Length < candidate.Line.Length && candidate.Line.Contains(o.Line, StringComparison.Ordinal)) ? 1 : 0;
            x[46] = candidate.Line.Length >= 20 && lines.Contents.Any(l => l.Length > candidate.Line.Length && l.Contains(candidate.Line, StringComparison.Ordinal)) ? 1 : 0;
        }
        return ruleBest >= 0;
    }

    private static bool Plausible(in LineFeatures f) => f.Letters >= 3 && f.Chars <= 300 && f.Words <= 40;

    private static double[] Measure(int index, int seen, TitleContext context, Classification classification, int? firstShaped, ref bool shapedSeen)
    {
        var lines = context.Lines;
        var line = lines.Contents[index];
        var f = lines.Features[index];
        var x = new double[Count];
        var shaped = context.IsTitleShaped(index);
        var (exact, containing) = shaped ? context.Repeats(index) : (1, 0);
        var words = TitleFinder.ContentWords(line);
        var shared = words.Count(context.BodyWords.Contains);
        var isFirst = Enumerable.Range(0, index).All(j => lines.Contents[j].Length == 0 || FurniturePatterns.IsBreadcrumb(lines.Contents[j]));
        var kind = classification.Kinds[index];
        var next = NonEmpty(lines, index, 1);
        var previous = NonEmpty(lines, index, -1);
        var byline = shaped ? context.BylineCloseness(index) : 0;
        x[0] = 1;
        x[2] = shaped ? 1 : 0;
        x[3] = Math.Min(exact - 1, 2);
        x[4] = Math.Min(containing, 3);
        x[5] = isFirst ? 1 : 0;
        x[6] = isFirst && lines.Header.Present ? 1 : 0;
        x[7] = (double)shared / Math.Max(words.Count, 3);
        x[8] = Math.Min(shared, 8) / 8.0;
        x[9] = f.IsWideScript || f.Words is >= 4 and <= 25 ? 1 : 0;
        x[10] = f.Words <= 2 && !f.IsWideScript ? 1 : 0;
        x[11] = f.Words > 0 && f.CapitalisedWords * 10 >= f.Words * 6 ? 1 : 0;
        x[12] = f.Letters >= 4 && !f.IsWideScript && !line.Any(char.IsLower) ? 1 : 0;
        x[13] = shaped && HeadlineList.IsEntry(lines.Contents, lines.Features, index, context.IsHeadlineLike) ? 1 : 0;
        x[14] = byline == 2 ? 1 : 0;
        x[15] = byline == 1 ? 1 : 0;
        x[16] = Math.Min(seen, 40) / 10.0;
        x[17] = index >= classification.BodyStart ? 1 : 0;
        x[18] = kind == LineKind.Text ? 1 : 0;
        x[19] = kind == LineKind.Furniture ? 1 : 0;
        x[20] = kind == LineKind.SectionBreak ? 1 : 0;
        x[21] = line[^1] is '.' or '。' ? 1 : 0;
        x[22] = line[^1] is '?' or '!' or '？' or '！' ? 1 : 0;
        x[23] = Math.Log(1 + f.EffectiveLength) / 5;
        x[24] = f.Letters + f.Digits == 0 ? 0 : (double)f.Digits / (f.Letters + f.Digits);
        x[25] = f.StopDensity;
        x[26] = next == classification.BodyStart ? 1 : 0;
        x[27] = IsPageTitlePrefix(lines, index) ? 1 : 0;
        x[28] = f.IsWideScript ? 1 : 0;
        x[29] = exact > 2 ? 1 : 0;
        x[30] = f.Words > 25 ? 1 : 0;
        x[31] = f.Words <= 10 && TextDateFinder.Find(line) is not null ? 1 : 0;
        x[32] = FurniturePatterns.IsFurniture(line, f) ? 1 : 0;
        x[33] = FurniturePatterns.IsByline(line) ? 1 : 0;
        x[34] = previous >= 0 && IsBylineOrDate(lines, previous) ? 1 : 0;
        x[35] = line.Contains(": ", StringComparison.Ordinal) ? 1 : 0;
        x[36] = firstShaped == index ? 1 : 0;
        // The nearest title-shaped line above the body (candidates are visited from the body upwards).
        if (shaped && !shapedSeen && index < classification.BodyStart)
        {
            x[37] = 1;
            shapedSeen = true;
        }
        x[38] = previous >= 0 && lines.Features[previous].Words <= 3 && classification.Kinds[previous] != LineKind.Text ? 1 : 0;
        x[39] = shaped && f.Words >= 4 && OccursBelow(lines, index, classification.BodyStart) ? 1 : 0;
        return x;
    }

    // "Headline | Site" or "Headline - Site" elsewhere on the page (the page's <title>) names this line.
    private static bool IsPageTitlePrefix(ArticleLines lines, int index)
    {
        var line = lines.Contents[index];
        if (line.Length < 10)
        {
            return false;
        }
        for (var i = 0; i < lines.Contents.Count; i++)
        {
            var other = lines.Contents[i];
            if (other.Length > line.Length + 2 && other.StartsWith(line, StringComparison.Ordinal)
                && other.AsSpan(line.Length).TrimStart() is [ '|' or '-' or '–' or '—' or '·' or ':', ..])
            {
                return true;
            }
        }
        return false;
    }

    private static bool OccursBelow(ArticleLines lines, int index, int bodyStart)
    {
        var line = lines.Contents[index];
        for (var i = Math.Max(bodyStart, index + 1); i < lines.Contents.Count; i++)
        {
            if (lines.Contents[i].Length > line.Length && lines.Contents[i].Contains(line, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsBylineOrDate(ArticleLines lines, int i) =>
        FurniturePatterns.IsByline(lines.Contents[i]) || FurniturePatterns.IsAuthorLink(lines.Contents[i])
        || (lines.Features[i].Words <= 12 && TextDateFinder.Find(lines.Contents[i]) is not null);

    private static int NonEmpty(ArticleLines lines, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < lines.Contents.Count; i += step)
        {
            if (lines.Contents[i].Length != 0)
            {
                return i;
            }
        }
        return -1;
    }
}
