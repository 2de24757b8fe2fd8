using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Titles;

/// <summary>One line that may be the headline, with its features (in <see cref="TitleFeatures.Names"/> order), its content
/// words and the hand-written stage's score of it (null when that stage does not score it).
/// <see cref="Index"/> -1 stands for "no headline line: derive the title from the first sentence".</summary>
internal sealed record HeadlineOption(int Index, string Line, double[] Features, WordSet Words, double? RuleScore);

/// <summary>
/// The features of the headline candidates of a page, for the learned <see cref="TitleRanker"/>: the lines above
/// the body and the body's first lines, each described by its shape, where it sits, what is around it, how much it
/// shares with the body, and how it compares with the other candidates (the hand-written <see cref="TitleScore"/>
/// is one of its features). The weights are learned (tools/train-extraction.sh), not set by hand; the buckets of a
/// feature (4–25 words, a share of digits) are part of its definition, so changing one means retraining.
/// </summary>
internal sealed class TitleFeatures(ParserTuning tuning)
{
    public static readonly string[] Names =
    [
        "bias", "derive", "shaped", "repeated", "contained", "first", "first_after_header", "body_overlap", "overlap_words",
        "words_4_25", "words_1_2", "title_case", "all_caps", "in_list", "byline_next", "byline_near", "distance",
        "in_body", "kind_text", "kind_furniture", "kind_break", "ends_full_stop", "ends_question", "log_chars",
        "digit_share", "stop_density", "above_body", "page_title_prefix", "wide", "repeated_often", "long",
        "date_line", "furniture", "byline", "after_byline", "has_colon", "first_shaped", "above_text",
        "after_short_run", "quoted_later", "rule_score", "rule_best", "overlap_best", "kicker_joined", "body_later",
        "contains_candidate", "part_of_line", "lede_overlap", "all_body_overlap", "wide_short", "short_neighbours", "prev_text",
        "next_text_outside_body", "overlap_second", "far_repeat", "kicker_variant", "has_kicker_variant", "far_variant", "byline_above",
    ];

    private readonly TitleFinder _rules = new(tuning);

    public static int Count => Names.Length;

    /// <summary>The candidates of a page, nearest the body first; the derive option last. Empty when there is no body.</summary>
    public List<HeadlineOption> Candidates(ParseDocument document) => Candidates(document, new Vocabulary());

    /// <summary>The candidates, their words numbered in <paramref name="vocabulary"/> (which must outlive them).</summary>
    public List<HeadlineOption> Candidates(ParseDocument document, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(document);
        var candidates = new List<HeadlineOption>();
        var start = document.BodyStart;
        var paragraphs = document.Paragraphs;
        if (start < 0 || paragraphs.Count == 0)
        {
            return candidates;
        }
        var t = tuning.Titles;
        var lines = document.Lines;
        var body = new ParagraphWords(paragraphs, vocabulary, tuning);
        var context = new TitleContext(document, start, body.Of(0, t.BodyWordParagraphs), tuning);
        var firstShaped = FirstShaped(document, context, start);
        var measure = new CandidateMeasure(document, context, tuning);
        var shapedSeen = false;
        var seen = 0;
        for (var i = start - 1; i >= 0 && seen < t.RankedLinesToLookBack; i--)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            if (Plausible(document.Features[i]))
            {
                candidates.Add(measure.Of(i, seen, firstShaped, ref shapedSeen, t.DistancePenalty * seen));
            }
            seen++;
        }
        AddBodyLines(document, body, candidates, firstShaped);
        AddFarRepeats(document, measure, candidates, firstShaped);
        AddFarVariants(document, measure, body.Vocabulary, candidates, firstShaped);
        AddRelativeFeatures(document, body, candidates);
        var derive = new double[Count];
        derive[1] = 1;
        candidates.Add(new HeadlineOption(-1, DerivedTitle.From(paragraphs, tuning), derive, new WordSet(body.Vocabulary), null));
        return candidates;
    }

    // The headline may have been taken into the body: its first lines compete when they look like one (title case,
    // repeated, a caseless opener), matched against the body after them. A body that opens with plain sentences
    // (no headline on the page) leaves only the derive option.
    private void AddBodyLines(ParseDocument document, ParagraphWords body, List<HeadlineOption> candidates, int firstShaped)
    {
        var t = tuning.Titles;
        var (lines, roles, paragraphs) = (document.Lines, document.Roles, document.Paragraphs);
        var bodyLine = 0;
        for (var i = document.BodyStart; i < lines.Count && bodyLine < t.RankedBodyLines && bodyLine < paragraphs.Count - 1; i++)
        {
            if (roles[i] != LineRole.Body)
            {
                continue;
            }
            bodyLine++;
            if (Plausible(document.Features[i]) && LineShapes.IsTitleShaped(lines[i], document.Features[i], tuning) && _rules.Competes(document, i))
            {
                var bodyContext = new TitleContext(document, i + t.OpenerBodyOffset, body.Of(bodyLine, t.BodyWordParagraphs), tuning);
                var ignored = true;
                // The hand-written stage scores the body's first line only, at no distance.
                var option = new CandidateMeasure(document, bodyContext, tuning).Of(i, 0, firstShaped, ref ignored, bodyLine == 1 ? 0 : null);
                option.Features[44] = bodyLine > 1 ? 1 : 0;
                candidates.Add(option);
            }
        }
    }

    // A headline-length line written twice on the page (the page's title and its headline, a headline and its share
    // text) competes even when it is out of reach of the lines above the body: the body's start may be wrong.
    private void AddFarRepeats(ParseDocument document, CandidateMeasure measure, List<HeadlineOption> candidates, int firstShaped)
    {
        var lines = document.Lines;
        var taken = new HashSet<string>(candidates.Select(c => c.Line), StringComparer.Ordinal);
        for (var i = 0; i < lines.Count && candidates.Count < tuning.Titles.LinesToLookBack * 2; i++)
        {
            var f = document.Features[i];
            if (lines[i].Length >= tuning.Titles.FarRepeatMinChars && document.Occurrences(i) >= 2 && (f.Words >= tuning.Titles.QuotedMinWords || f.IsWideScript) && Plausible(f)
                && taken.Add(lines[i]) && LineShapes.IsTitleShaped(lines[i], f, tuning))
            {
                var ignored = true;
                var option = measure.Of(i, tuning.Titles.LinesToLookBack, firstShaped, ref ignored, null);
                option.Features[54] = 1;
                candidates.Add(option);
            }
        }
    }

    // "Kicker: Headline" (the page's title, often right after a breadcrumb) far above the visible headline, or the
    // headline without the " Back to video" or " | Site" that the nearer line has: a line above the body, out of
    // reach of the look-back, that is a kicker variant or a prefix of a candidate competes as well.
    private void AddFarVariants(ParseDocument document, CandidateMeasure measure, Vocabulary vocabulary, List<HeadlineOption> candidates, int firstShaped)
    {
        var t = tuning.Titles;
        var lines = document.Lines;
        var near = candidates.Where(c => c.Line.Length >= t.FarVariantMinChars).ToList();
        if (near.Count == 0)
        {
            return;
        }
        var taken = new HashSet<string>(candidates.Select(c => c.Line), StringComparer.Ordinal);
        for (var i = 0; i < document.BodyStart && candidates.Count < t.LinesToLookBack * 2; i++)
        {
            var line = lines[i];
            var f = document.Features[i];
            if (line.Length < t.FarVariantMinChars || f.Words < t.QuotedMinWords || !Plausible(f) || taken.Contains(line)
                || !LineShapes.IsTitleShaped(line, f, tuning))
            {
                continue;
            }
            var isPrefix = near.Exists(c => c.Line.Length > line.Length && c.Line.StartsWith(line, StringComparison.Ordinal));
            if (!isPrefix && !(line.Contains(": ", StringComparison.Ordinal) && IsKickerVariant(ContentWords.Of(line, vocabulary, tuning), line, near)))
            {
                continue;
            }
            taken.Add(line);
            var ignored = true;
            var option = measure.Of(i, t.LinesToLookBack, firstShaped, ref ignored, null);
            option.Features[57] = 1;
            candidates.Add(option);
        }
    }

    // A "Kicker: Headline" line whose words are mostly those of another candidate (the headline without its kicker,
    // or the kicker and headline glued by a space).
    private bool IsKickerVariant(WordSet words, string line, List<HeadlineOption> others) =>
        others.Exists(o => o.Line != line && IsVariantOf(words, o.Words));

    private bool IsVariantOf(WordSet words, WordSet other)
    {
        var smaller = Math.Min(words.Count, other.Count);
        return smaller >= tuning.Titles.VariantMinWords && words.Shared(other) >= tuning.Titles.VariantMinShare * smaller;
    }

    // What a candidate is compared with the others: the hand-written score and its choice, the most body words, a
    // "Kicker: Headline" line made of two others, a line made of another candidate and more.
    private void AddRelativeFeatures(ParseDocument document, ParagraphWords body, List<HeadlineOption> candidates)
    {
        var best = candidates.Where(c => c.RuleScore is not null).MaxBy(c => c.RuleScore);
        var ruleBest = best is null || best.RuleScore < tuning.Titles.MinScore ? -1 : best.Index;
        var bestOverlap = candidates.Count == 0 ? 0 : candidates.Max(c => c.Features[7]);
        var secondOverlap = candidates.Select(c => c.Features[7]).Where(o => o < bestOverlap).DefaultIfEmpty(0).Max();
        var texts = new HashSet<string>(candidates.Select(c => c.Line), StringComparer.Ordinal);
        var paragraphs = document.Paragraphs;
        // Only the candidates' words are looked for past the first paragraphs (feature 48 counts them).
        var allBody = body.Matching(candidates.Select(c => c.Words), 0, tuning.Titles.AllBodyParagraphs);
        foreach (var candidate in candidates)
        {
            var x = candidate.Features;
            x[40] = candidate.RuleScore is { } rule ? Math.Clamp(rule, -5, 10) / 5 : -1;
            x[41] = candidate.Index == ruleBest ? 1 : 0;
            x[42] = bestOverlap > 0 && x[7] >= bestOverlap ? 1 : 0;
            var colon = candidate.Line.IndexOf(": ", StringComparison.Ordinal);
            x[43] = colon > 0 && (texts.Contains(candidate.Line[(colon + 2)..]) || texts.Contains(candidate.Line[..colon])) ? 1 : 0;
            // "HomeNewsHeadline", "Headline Back to video": a line made of another candidate and something more.
            x[45] = candidates.Exists(o => o.Line.Length >= 20 && o.Line.Length < candidate.Line.Length && candidate.Line.Contains(o.Line, StringComparison.Ordinal)) ? 1 : 0;
            x[46] = candidate.Line.Length >= 20 && IsPartOfLongerLine(document.Lines, candidate.Line) ? 1 : 0;
            // The lede (the first paragraph that is not the candidate itself) and the whole body: a sidebar headline shares less with them.
            var words = candidate.Words;
            var ledeWords = body.Of(paragraphs[0] != candidate.Line ? 0 : 1);
            x[47] = (double)words.Shared(ledeWords) / Math.Max(words.Count, 3);
            x[48] = (double)words.Shared(allBody) / Math.Max(words.Count, 3);
            x[53] = secondOverlap > 0 && x[7] == secondOverlap ? 1 : 0;
            if (colon > 0)
            {
                foreach (var other in candidates)
                {
                    if (other.Index >= 0 && other.Line != candidate.Line && !other.Line.StartsWith(candidate.Line[..(colon + 2)], StringComparison.Ordinal) && IsVariantOf(words, other.Words))
                    {
                        x[55] = 1;
                        other.Features[56] = 1;
                    }
                }
            }
        }
    }

    private static bool IsPartOfLongerLine(IReadOnlyList<string> lines, string line)
    {
        foreach (var other in lines)
        {
            if (other.Length > line.Length && other.Contains(line, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private int FirstShaped(ParseDocument document, TitleContext context, int start)
    {
        for (var i = 0; i < start; i++)
        {
            if (document.Lines[i].Length > 0 && context.IsTitleShaped(i) && !CandidateMeasure.IsBylineOrDate(document, i, tuning))
            {
                return i;
            }
        }
        return -1;
    }

    private bool Plausible(in LineFeatures f) =>
        f.Letters >= tuning.Titles.RankedMinLetters && f.Chars <= tuning.Titles.RankedMaxChars && f.Words <= tuning.Titles.RankedMaxWords;
}
