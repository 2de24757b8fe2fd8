using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Classification;

/// <summary>
/// One place the article may end: keep the body's paragraphs up to <see cref="LastKept"/> (an index into the body's
/// lines) and drop the rest; <see cref="LastKept"/> at the last paragraph is "no cut", whose features are all zero.
/// </summary>
internal sealed record BodyEndOption(int LastKept, double[] Features);

/// <summary>
/// The features of the places where the article region may end early, for the learned <see cref="BodyBounds"/>:
/// the densest run of text often runs on past the article into an author box, summaries of related stories, a
/// paywall block or the entries of a live blog of other days. For each cut before one of the last
/// <see cref="MaxDropped"/> paragraphs: how much it drops, what the first dropped paragraph looks like (short,
/// title-like, a sentence, its words shared with the lede), what the gap before it holds (furniture, a section
/// break, how many lines), and how the dropped tail compares with what is kept (its words shared with the lede,
/// stop-word density, paragraph length, teaser-shaped runs of a short line followed by text, digits).
/// </summary>
internal static class BodyEndFeatures
{
    /// <summary>Cuts are considered before each of this many last paragraphs.</summary>
    public const int MaxDropped = 30;

    /// <summary>The lede: the paragraphs whose words a paragraph of the article shares.</summary>
    public const int LedeParagraphs = 3;

    public static readonly string[] Names =
    [
        "cut", "tail_share", "tail_paragraphs", "tail_log", "next_brief", "next_words", "next_ends_sentence",
        "next_ends_colon", "next_capitals", "next_lede_words", "tail_lede_words", "kept_lede_words", "lede_words_drop",
        "tail_stop_density", "kept_stop_density", "stop_density_drop", "tail_brief_share", "tail_teaser_pairs",
        "gap_lines", "gap_furniture", "gap_break", "widest_gap", "tail_digits", "tail_digit_start", "next_digit_start",
        "last_kept_ends_sentence", "position", "tail_length_ratio", "tail_list_items", "next_teaser", "wide_script",
    ];

    public static int Count => Names.Length;

    /// <summary>The options for a body of <paramref name="body"/> lines (indices into the page's lines, in order), "no cut" last.</summary>
    public static List<BodyEndOption> Candidates(ParseDocument document, IReadOnlyList<int> body, ParserTuning tuning)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(body);
        var n = body.Count;
        var options = new List<BodyEndOption>();
        // At least the lede stays: a cut is a decision about the end of the article.
        var first = Math.Max(LedeParagraphs - 1, n - 1 - MaxDropped);
        if (n <= LedeParagraphs || first >= n - 1)
        {
            options.Add(new BodyEndOption(n - 1, new double[Count]));
            return options;
        }
        var lines = document.Lines;
        var features = document.Features;
        var kinds = document.Kinds;
        var words = new ParagraphWords(body.Select(i => lines[i]).ToList(), tuning);
        var lede = words.Of(0, LedeParagraphs);
        // Prefix and suffix sums over the body's paragraphs.
        var chars = new double[n + 1];
        var stops = new double[n + 1];
        var wordCount = new double[n + 1];
        for (var p = 0; p < n; p++)
        {
            var f = features[body[p]];
            chars[p + 1] = chars[p] + f.EffectiveLength;
            stops[p + 1] = stops[p] + f.StopWords;
            wordCount[p + 1] = wordCount[p] + f.Words;
        }
        var gaps = new int[n];
        for (var p = 1; p < n; p++)
        {
            for (var i = body[p - 1] + 1; i < body[p]; i++)
            {
                gaps[p] += kinds[i] == LineKind.Blank ? 0 : 1;
            }
        }
        var widestGap = gaps.Skip(LedeParagraphs).DefaultIfEmpty(0).Max();
        // The kept words after the lede, growing with the cut; the tail's words, growing from the end.
        var tailWords = new HashSet<string>(StringComparer.Ordinal);
        var tailStats = new (int Brief, int Teasers, int Digits, int Letters, int DigitStart, int Lists)[n + 1];
        for (var p = n - 1; p >= first + 1; p--)
        {
            var f = features[body[p]];
            var next = tailStats[p + 1];
            var brief = kinds[body[p]] == LineKind.Brief;
            var teaser = brief && p + 1 < n && kinds[body[p + 1]] == LineKind.Text;
            tailStats[p] = (next.Brief + (brief ? 1 : 0), next.Teasers + (teaser ? 1 : 0), next.Digits + f.Digits, next.Letters + f.Letters,
                next.DigitStart + (StartsWithDigit(lines[body[p]]) ? 1 : 0), next.Lists + (kinds[body[p]] == LineKind.ListItem ? 1 : 0));
        }
        var suffixLede = new double[n + 1];
        var suffixWords = new double[n + 1];
        for (var p = n - 1; p >= first + 1; p--)
        {
            tailWords.UnionWith(words.Of(p));
            suffixWords[p] = tailWords.Count;
            suffixLede[p] = tailWords.Count(lede.Contains);
        }
        var keptWords = words.Of(LedeParagraphs, first + 1 - LedeParagraphs);
        var wide = features[body[0]].IsWideScript ? 1 : 0;
        for (var k = first; k < n - 1; k++)
        {
            if (k > first)
            {
                keptWords.UnionWith(words.Of(k));
            }
            var next = body[k + 1];
            var nf = features[next];
            var nextWords = words.Of(k + 1);
            var tail = n - 1 - k;
            var x = new double[Count];
            x[0] = 1;
            x[1] = (chars[n] - chars[k + 1]) / Math.Max(1, chars[n]);
            x[2] = (double)tail / n;
            x[3] = Math.Log(1 + tail) / 3;
            x[4] = kinds[next] == LineKind.Brief ? 1 : 0;
            x[5] = Math.Min(nf.Words, 40) / 40.0;
            x[6] = nf.EndsSentence ? 1 : 0;
            x[7] = nf.EndsWithColon ? 1 : 0;
            x[8] = nf.Words == 0 ? 0 : (double)nf.CapitalisedWords / nf.Words;
            x[9] = nextWords.Count == 0 ? 0 : (double)nextWords.Count(lede.Contains) / nextWords.Count;
            x[10] = suffixWords[k + 1] == 0 ? 0 : suffixLede[k + 1] / suffixWords[k + 1];
            x[11] = keptWords.Count == 0 ? 0 : (double)keptWords.Count(lede.Contains) / keptWords.Count;
            x[12] = x[11] - x[10];
            var tailWordTotal = wordCount[n] - wordCount[k + 1];
            x[13] = tailWordTotal == 0 ? 0 : (stops[n] - stops[k + 1]) / tailWordTotal;
            x[14] = wordCount[k + 1] == 0 ? 0 : stops[k + 1] / wordCount[k + 1];
            x[15] = x[14] - x[13];
            var stats = tailStats[k + 1];
            x[16] = (double)stats.Brief / tail;
            x[17] = (double)stats.Teasers / tail;
            x[18] = Math.Log(1 + gaps[k + 1]) / 2;
            x[19] = AnyKind(kinds, body[k] + 1, next, LineKind.Furniture) ? 1 : 0;
            x[20] = AnyKind(kinds, body[k] + 1, next, LineKind.SectionBreak) ? 1 : 0;
            x[21] = gaps[k + 1] > 0 && gaps[k + 1] == widestGap ? 1 : 0;
            x[22] = stats.Digits + stats.Letters == 0 ? 0 : (double)stats.Digits / (stats.Digits + stats.Letters);
            x[23] = (double)stats.DigitStart / tail;
            x[24] = StartsWithDigit(lines[next]) ? 1 : 0;
            x[25] = features[body[k]].EndsSentence ? 1 : 0;
            x[26] = (k + 1.0) / n;
            x[27] = Math.Min((chars[n] - chars[k + 1]) / tail / Math.Max(1, chars[k + 1] / (k + 1)), 3) / 3;
            x[28] = (double)stats.Lists / tail;
            x[29] = kinds[next] == LineKind.Brief && k + 2 < n && kinds[body[k + 2]] == LineKind.Text ? 1 : 0;
            x[30] = wide;
            options.Add(new BodyEndOption(k, x));
        }
        options.Add(new BodyEndOption(n - 1, new double[Count]));
        return options;
    }

    private static bool AnyKind(IReadOnlyList<LineKind> kinds, int from, int to, LineKind kind)
    {
        for (var i = from; i < to; i++)
        {
            if (kinds[i] == kind)
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithDigit(string line) => line.Length > 0 && char.IsAsciiDigit(line[0]);
}
