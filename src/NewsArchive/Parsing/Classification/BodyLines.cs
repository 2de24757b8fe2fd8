using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Classification;

/// <summary>
/// Stage 7 as written: the final roles are the classifier's, with the header and the headline marked
/// (<see cref="ParseDocument.FinalRoles"/>); every line of the article region that the classifier kept is body.
/// </summary>
internal sealed class BodyLines : IParseStage
{
    public void Run(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetBody(document.FinalRoles());
    }
}

/// <summary>
/// Stage 7, learned: each body line of the article region (<see cref="BodyLineFeatures"/>) is scored by the model's
/// logistic line classifier, then again with its neighbours' scores (a second logistic pass over the first one's
/// scores: sequence smoothing, so that a run of doubtful lines goes together), and stays body only when it is likelier
/// in the article than not; the others (an embed's
/// consent notice inside the article, a comment thread, a related story's teaser after it, an author's note) become
/// boilerplate. The region itself, the headline and the date are the earlier stages'.
/// </summary>
internal sealed class BodyLineFilter(ExtractionModel model) : IParseStage
{
    /// <summary>The name of the model's part that holds the weights.</summary>
    public const string Part = "body";

    /// <summary>The model's part that holds the second pass's weights (<see cref="BodyLineFeatures.ContextNames"/>).</summary>
    public const string ContextPart = "body_context";

    private readonly double[] _weights = (model ?? throw new ArgumentNullException(nameof(model))).Weights(Part, BodyLineFeatures.Names);
    private readonly double[] _context = model.Weights(ContextPart, BodyLineFeatures.ContextNames);

    /// <summary>The model's part that ranks where the body ends (<see cref="BodyLineFeatures.CutNames"/>).</summary>
    public const string CutPart = "body_end";

    private readonly double[] _cut = model.Weights(CutPart, BodyLineFeatures.CutNames);

    /// <summary>The model's part that takes lines above the body into it (<see cref="BodyLineFeatures.AboveNames"/>).</summary>
    public const string AbovePart = "body_above";

    private readonly double[] _above = model.Weights(AbovePart, BodyLineFeatures.AboveNames);

    // The most of the region's text the classifier may drop.
    private const double MaxDroppedShare = 0.5;

    /// <summary>The best-scoring candidate (the last of equals: with no weights, the body is not cut).</summary>
    public static int Best(IReadOnlyList<double[]> candidates, double[] weights)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var (best, bestScore) = (-1, double.NegativeInfinity);
        for (var c = 0; c < candidates.Count; c++)
        {
            var score = ExtractionModel.Score(candidates[c], weights);
            if (score >= bestScore)
            {
                (best, bestScore) = (c, score);
            }
        }
        return best;
    }

    public void Run(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var roles = document.FinalRoles().ToArray();
        if (document.LowConfidence)
        {
            // No article region was found (a table, a list, a brief): the body is every line that is not clearly
            // furniture, and there is no region to correct.
            document.SetBody(roles);
            return;
        }
        // Each row of features is scored as it is made (the rows are not kept).
        var scores = new List<double>();
        var lines = BodyLineFeatures.Of(document, roles, out var words, (_, x) => scores.Add(ExtractionModel.Score(x, _weights)));
        var context = new double[lines.Count];
        BodyLineFeatures.Context(scores, (k, x) => context[k] = ExtractionModel.Score(x, _context));
        // The best-scoring cut, the last of equals (Best).
        var (end, endScore) = (-1, double.NegativeInfinity);
        if (lines.Count > 0)
        {
            BodyLineFeatures.Cuts(document, roles, lines, scores, words, (e, x) =>
            {
                if (ExtractionModel.Score(x, _cut) is var score && score >= endScore)
                {
                    (end, endScore) = (e, score);
                }
            });
        }
        var above = BodyLineFeatures.Above(document, roles, words);
        var features = document.Features;
        var drop = new bool[lines.Count];
        double total = 0, dropped = 0;
        for (var k = 0; k < lines.Count; k++)
        {
            // After the chosen end, or a score below zero (a probability below one half): not the article's. A list item
            // stays (the region's rules keep lists after a colon, and pages differ in whether a list is the article's).
            var length = features[lines[k]].EffectiveLength;
            drop[k] = document.Kinds[lines[k]] != LineKind.ListItem && (k > end || context[k] < 0);
            total += length;
            dropped += drop[k] ? length : 0;
        }
        // The classifier corrects the region, it does not replace it: when it would drop most of the region's text, the
        // region is kept whole.
        for (var k = 0; k < lines.Count && dropped <= total * MaxDroppedShare; k++)
        {
            if (drop[k])
            {
                roles[lines[k]] = LineRole.Boilerplate;
            }
        }
        foreach (var (line, x) in above)
        {
            if (ExtractionModel.Score(x, _above) > 0)
            {
                roles[line] = LineRole.Body;
            }
        }
        document.SetBody(roles);
    }
}

/// <summary>
/// Takes one row of features: the row is the caller's, filled again for the next one, so it is read at once (or copied).
/// </summary>
/// <param name="index">The line of the row (<see cref="BodyLineFeatures.Of(ParseDocument, IReadOnlyList{LineRole}, out BodyWords, RowVisitor)"/>), the body line's number (<see cref="BodyLineFeatures.Context(IReadOnlyList{double}, RowVisitor)"/>) or the place's (<see cref="BodyLineFeatures.Cuts(ParseDocument, IReadOnlyList{LineRole}, IReadOnlyList{int}, IReadOnlyList{double}, BodyWords?, RowVisitor)"/>).</param>
/// <param name="row">The features.</param>
internal delegate void RowVisitor(int index, double[] row);

/// <summary>
/// What the learned line classifier (<see cref="BodyLineFilter"/>) knows of each body line: its own shape, where it
/// is in the body (how much of the body's text comes after it), and its neighbours (boilerplate and section breaks
/// around and above it inside the region, a line written twice on the page).
/// </summary>
internal static class BodyLineFeatures
{
    public static readonly string[] Names =
    [
        "bias", "text", "list_item", "brief", "words_log", "chars", "stop_density", "ends_sentence", "ends_colon",
        "capital_share", "digit_share", "wide_script", "position", "text_after", "first_body", "last_body",
        "prev_boilerplate", "next_boilerplate", "prev_break", "break_above", "boilerplate_above_share", "window_boilerplate",
        "repeated", "dash_start", "question", "link_or_mail", "gap_before", "gap_after", "prev_body_brief",
        "lede", "lede_words", "title_words", "shared_words", "no_words",
    ];

    /// <summary>The features of the second pass (sequence smoothing): a line's first-pass score and its neighbours'.</summary>
    public static readonly string[] ContextNames = ["bias", "score", "previous", "next", "before", "after"];

    /// <summary>
    /// The features of each place the body may end (<c>Cuts</c>): after body line e, every later body line is
    /// dropped; the last place keeps them all.
    /// </summary>
    public static readonly string[] CutNames =
    [
        "no_cut", "dropped_text", "dropped_lines", "dropped_shared_words", "dropped_score", "last_kept_score", "first_dropped_score",
        "gap", "break_between", "first_dropped_brief", "first_dropped_ends_sentence", "last_kept_ends_sentence",
    ];

    /// <summary>
    /// The features of a line above the body that may be the article's (<see cref="Above"/>): a standfirst under the
    /// headline, a first paragraph cut off the region by a photo, a byline or a share bar. Taken when the score is above
    /// zero (with no weights, none is).
    /// </summary>
    public static readonly string[] AboveNames =
    [
        "bias", "text", "brief", "words_log", "chars", "stop_density", "ends_sentence", "capital_share", "digit_share",
        "below_title", "lines_to_body", "furniture_between", "body_words", "repeated",
    ];

    private const int AboveWindow = 12;

    // What a link or an address shows ("http", "www."), in any case: one vectorised search instead of two.
    private static readonly System.Buffers.SearchValues<string> s_linkMarks =
        System.Buffers.SearchValues.Create(["http", "www."], StringComparison.OrdinalIgnoreCase);

    private const double ScoreScale = 4;

    public static int Count => Names.Length;

    private const int Window = 3;
    private const int GapCap = 5;

    /// <summary>The features of each line whose role is body in <paramref name="roles"/>, in line order.</summary>
    public static List<(int Line, double[] Features)> Of(ParseDocument document, IReadOnlyList<LineRole> roles) => Of(document, roles, out _);

    /// <summary>The same, with the content words of the body lines (<see cref="BodyWords"/>), for <c>Cuts</c> and <see cref="Above"/>.</summary>
    public static List<(int Line, double[] Features)> Of(ParseDocument document, IReadOnlyList<LineRole> roles, out BodyWords words)
    {
        var result = new List<(int, double[])>();
        Of(document, roles, out words, (line, x) => result.Add((line, [.. x])));
        return result;
    }

    /// <summary>
    /// Gives <paramref name="visit"/> the features of each line whose role is body in <paramref name="roles"/>, in line
    /// order, and returns those lines.
    /// </summary>
    public static List<int> Of(ParseDocument document, IReadOnlyList<LineRole> roles, out BodyWords words, RowVisitor visit)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(roles);
        var lines = document.Lines;
        var features = document.Features;
        var kinds = document.Kinds;
        var body = new List<int>();
        long totalChars = 0;
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] == LineRole.Body)
            {
                body.Add(i);
                totalChars += features[i].EffectiveLength;
            }
        }
        words = BodyWords.Of(lines, body, document.Words);
        if (body.Count == 0)
        {
            return body;
        }
        var inTitle = words.Marks(document.Title.Line);
        var first = body[0];
        long charsSoFar = 0;
        int boilerplateAbove = 0, nonBlankAbove = 0, breaksAbove = 0, previousBody = -1;
        // One row for every line (each feature is set on each line).
        var x = new double[Names.Length];
        for (var b = 0; b < body.Count; b++)
        {
            var i = body[b];
            // What lies between the previous body line and this one (inside the region: above it, after the first body line).
            for (var j = previousBody < 0 ? first : previousBody + 1; j < i; j++)
            {
                if (roles[j] is LineRole.Blank)
                {
                    continue;
                }
                nonBlankAbove++;
                boilerplateAbove += roles[j] == LineRole.Body ? 0 : 1;
                breaksAbove += kinds[j] == LineKind.SectionBreak ? 1 : 0;
            }
            var f = features[i];
            var prev = NonBlank(roles, i, -1);
            var next = NonBlank(roles, i, 1);
            x[0] = 1;
            x[1] = kinds[i] == LineKind.Text ? 1 : 0;
            x[2] = kinds[i] == LineKind.ListItem ? 1 : 0;
            x[3] = kinds[i] == LineKind.Brief ? 1 : 0;
            x[4] = Math.Log(1 + f.Words) / 4;
            x[5] = Math.Min(f.EffectiveLength / 200.0, 3);
            x[6] = f.StopDensity;
            x[7] = f.EndsSentence ? 1 : 0;
            x[8] = f.EndsWithColon ? 1 : 0;
            x[9] = f.Words == 0 ? 0 : (double)f.CapitalisedWords / f.Words;
            x[10] = f.Letters + f.Digits == 0 ? 0 : (double)f.Digits / (f.Letters + f.Digits);
            x[11] = f.IsWideScript ? 1 : 0;
            x[12] = body.Count == 1 ? 0 : (double)b / (body.Count - 1);
            x[13] = totalChars == 0 ? 0 : (double)(totalChars - charsSoFar - f.EffectiveLength) / totalChars;
            x[14] = b == 0 ? 1 : 0;
            x[15] = b == body.Count - 1 ? 1 : 0;
            x[16] = prev >= 0 && roles[prev] != LineRole.Body ? 1 : 0;
            x[17] = next >= 0 && roles[next] != LineRole.Body ? 1 : 0;
            x[18] = prev >= 0 && kinds[prev] == LineKind.SectionBreak ? 1 : 0;
            x[19] = breaksAbove > 0 ? 1 : 0;
            x[20] = nonBlankAbove == 0 ? 0 : (double)boilerplateAbove / nonBlankAbove;
            x[21] = WindowBoilerplate(roles, i);
            x[22] = lines[i].Length > 0 && document.Occurrences(i) > 1 ? 1 : 0;
            x[23] = lines[i].Length > 0 && lines[i][0] is '-' or '–' or '—' or '•' or '*' or '·' ? 1 : 0;
            x[24] = lines[i].EndsWith('?') ? 1 : 0;
            x[25] = lines[i].Contains('@', StringComparison.Ordinal) || lines[i].AsSpan().ContainsAny(s_linkMarks) ? 1 : 0;
            x[26] = (double)Gap(roles, i, -1) / GapCap;
            x[27] = (double)Gap(roles, i, 1) / GapCap;
            x[28] = b > 0 && kinds[body[b - 1]] == LineKind.Brief ? 1 : 0;
            var own = words.Line(b);
            x[29] = b < LedeLines ? 1 : 0;
            int inLede = 0, titled = 0, shared = 0;
            foreach (var w in own)
            {
                // The lede is the headline's words and those of the first LedeLines body lines.
                var (firstLine, lastLine) = words.Span(w);
                inLede += inTitle[w] || firstLine < LedeLines ? 1 : 0;
                titled += inTitle[w] ? 1 : 0;
                // A word of two or more body lines (a line's words are distinct).
                shared += firstLine != lastLine ? 1 : 0;
            }
            x[30] = b < LedeLines || own.Length == 0 ? 0 : (double)inLede / own.Length;
            x[31] = own.Length == 0 ? 0 : (double)titled / own.Length;
            x[32] = own.Length == 0 ? 0 : (double)shared / own.Length;
            x[33] = own.Length == 0 ? 1 : 0;
            visit(i, x);
            charsSoFar += f.EffectiveLength;
            previousBody = i;
        }
        return body;
    }

    /// <summary>
    /// The second pass's features of each body line from the first pass's scores (in line order): its own, the mean of
    /// the two before and of the two after it, and the means of all before and of all after it.
    /// </summary>
    public static double[][] Context(IReadOnlyList<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var result = new double[scores.Count][];
        Context(scores, (i, x) => result[i] = [.. x]);
        return result;
    }

    /// <summary>The same, each line's row given to <paramref name="visit"/> in line order.</summary>
    public static void Context(IReadOnlyList<double> scores, RowVisitor visit)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(visit);
        var n = scores.Count;
        var clipped = scores.Select(s => Math.Clamp(s, -ScoreScale * 2, ScoreScale * 2) / ScoreScale).ToArray();
        var prefix = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            prefix[i + 1] = prefix[i] + clipped[i];
        }
        var x = new double[ContextNames.Length];
        for (var i = 0; i < n; i++)
        {
            (x[0], x[1], x[2], x[3], x[4], x[5]) = (1, clipped[i], Mean(prefix, Math.Max(0, i - 2), i), Mean(prefix, i + 1, Math.Min(n, i + 3)),
                Mean(prefix, 0, i), Mean(prefix, i + 1, n));
            visit(i, x);
        }
    }

    /// <summary>
    /// The features of ending the body after each of its lines (index e: body lines 0..e stay; the last keeps all) from
    /// the body lines (<see cref="Of(ParseDocument, IReadOnlyList{LineRole})"/>) and their first-pass scores: how much text and how many lines would go, how
    /// many of their words the kept part shares (a related story or a comment thread on another subject shares few),
    /// the scores of the lines on both sides and what separates them.
    /// </summary>
    public static double[][] Cuts(
        ParseDocument document, IReadOnlyList<LineRole> roles, IReadOnlyList<(int Line, double[] Features)> lines, IReadOnlyList<double> scores,
        BodyWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new double[lines.Count][];
        Cuts(document, roles, lines.Select(l => l.Line).ToList(), scores, words, (e, x) => result[e] = [.. x]);
        return result;
    }

    /// <summary>The same from the body lines' indices, each place's row given to <paramref name="visit"/> in order.</summary>
    public static void Cuts(
        ParseDocument document, IReadOnlyList<LineRole> roles, IReadOnlyList<int> lines, IReadOnlyList<double> scores, BodyWords? words,
        RowVisitor visit)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(visit);
        var n = lines.Count;
        var text = document.Lines;
        var features = document.Features;
        var kinds = document.Kinds;
        var clipped = scores.Select(s => Math.Clamp(s, -ScoreScale * 2, ScoreScale * 2) / ScoreScale).ToArray();
        var suffixScore = new double[n + 1];
        var suffixChars = new double[n + 1];
        for (var b = n - 1; b >= 0; b--)
        {
            suffixScore[b] = suffixScore[b + 1] + clipped[b];
            suffixChars[b] = suffixChars[b + 1] + features[lines[b]].EffectiveLength;
        }
        // For each word, the first and last body line it is in: after cut e, the dropped part's distinct words are those
        // last seen after e, and of them the kept part shares those first seen at or before e.
        var span = words ?? BodyWords.Of(text, lines);
        var lastAfter = new int[n + 1];
        var sharedDelta = new int[n + 1];
        for (var w = 0; w < span.Count; w++)
        {
            var (first, last) = span.Span(w);
            // Counted in D(e) for e < last; in S(e) for first <= e < last.
            lastAfter[last]++;
            sharedDelta[first]++;
            sharedDelta[last]--;
        }
        var shared = 0;
        var droppedWords = new int[n];
        var running = 0;
        for (var e = n - 1; e >= 0; e--)
        {
            // D(e) = words whose last line is after e.
            droppedWords[e] = running;
            running += lastAfter[e];
        }
        // One row for every place (cleared for each: the last place sets only its first feature).
        var x = new double[CutNames.Length];
        for (var e = 0; e < n; e++)
        {
            shared += sharedDelta[e];
            var last = e == n - 1;
            Array.Clear(x);
            x[0] = last ? 1 : 0;
            if (!last)
            {
                var (kept, next) = (lines[e], lines[e + 1]);
                x[1] = suffixChars[0] == 0 ? 0 : suffixChars[e + 1] / suffixChars[0];
                x[2] = Math.Log(n - e - 1 + 1) / 4;
                x[3] = droppedWords[e] == 0 ? 0 : (double)shared / droppedWords[e];
                x[4] = suffixScore[e + 1] / (n - e - 1);
                x[5] = clipped[e];
                x[6] = clipped[e + 1];
                var (gap, breaks) = (0, 0);
                for (var j = kept + 1; j < next; j++)
                {
                    gap += roles[j] == LineRole.Blank ? 0 : 1;
                    breaks += kinds[j] == LineKind.SectionBreak ? 1 : 0;
                }
                x[7] = (double)Math.Min(gap, GapCap) / GapCap;
                x[8] = breaks > 0 ? 1 : 0;
                x[9] = kinds[next] == LineKind.Brief ? 1 : 0;
                x[10] = features[next].EndsSentence ? 1 : 0;
                x[11] = features[kept].EndsSentence ? 1 : 0;
            }
            visit(e, x);
        }
    }

    /// <summary>
    /// The lines above the body that may be the article's, with their features: each line of text or short line (not
    /// furniture, not the headline) among the <see cref="AboveWindow"/> non-blank lines above the first body line, below
    /// the headline when it is above the body.
    /// </summary>
    public static List<(int Line, double[] Features)> Above(ParseDocument document, IReadOnlyList<LineRole> roles, BodyWords? words = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(roles);
        var result = new List<(int, double[])>();
        var start = -1;
        for (var i = 0; i < roles.Count && start < 0; i++)
        {
            start = roles[i] == LineRole.Body ? i : -1;
        }
        if (start <= 0)
        {
            return result;
        }
        var lines = document.Lines;
        var features = document.Features;
        var kinds = document.Kinds;
        var title = document.Title.Index is var t && t >= 0 && t < start ? t : -1;
        // The words of the first LedeLines * 3 body lines.
        if (words is null)
        {
            var body = new List<int>();
            for (var i = start; i < roles.Count && body.Count < LedeLines * 3; i++)
            {
                if (roles[i] == LineRole.Body)
                {
                    body.Add(i);
                }
            }
            words = BodyWords.Of(lines, body);
        }
        int nonBlank = 0, furniture = 0;
        for (var i = start - 1; i > title && nonBlank < AboveWindow; i--)
        {
            if (kinds[i] == LineKind.Blank)
            {
                continue;
            }
            if (kinds[i] is LineKind.Text or LineKind.Brief && roles[i] == LineRole.Boilerplate && features[i].Letters > 0)
            {
                var f = features[i];
                var own = BodyWords.Hashes(lines[i]);
                double[] x =
                [
                    1, kinds[i] == LineKind.Text ? 1 : 0, kinds[i] == LineKind.Brief ? 1 : 0, Math.Log(1 + f.Words) / 4,
                    Math.Min(f.EffectiveLength / 200.0, 3), f.StopDensity, f.EndsSentence ? 1 : 0,
                    f.Words == 0 ? 0 : (double)f.CapitalisedWords / f.Words,
                    f.Letters + f.Digits == 0 ? 0 : (double)f.Digits / (f.Letters + f.Digits),
                    title >= 0 ? 1 : 0, Math.Min(nonBlank, AboveWindow) / (double)AboveWindow,
                    nonBlank == 0 ? 0 : (double)furniture / nonBlank,
                    own.Count == 0 ? 0 : (double)own.Count(w => words.Find(w) is var id && id >= 0 && words.Span(id).First < LedeLines * 3) / own.Count,
                    document.Occurrences(i) > 1 ? 1 : 0,
                ];
                result.Add((i, x));
            }
            furniture += kinds[i] is LineKind.Furniture or LineKind.SectionBreak ? 1 : 0;
            nonBlank++;
        }
        result.Reverse();
        return result;
    }

    // The mean of clipped scores [from, to) from their prefix sums; 0 (undecided) when there are none.
    private static double Mean(double[] prefix, int from, int to) => to <= from ? 0 : (prefix[to] - prefix[from]) / (to - from);

    private const int LedeLines = 3;

    private static int NonBlank(IReadOnlyList<LineRole> roles, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < roles.Count; j += step)
        {
            if (roles[j] != LineRole.Blank)
            {
                return j;
            }
        }
        return -1;
    }

    // The share of boilerplate (or headline) among the nearest non-blank lines on both sides.
    private static double WindowBoilerplate(IReadOnlyList<LineRole> roles, int i)
    {
        int count = 0, boilerplate = 0;
        foreach (var step in (ReadOnlySpan<int>)[-1, 1])
        {
            var j = i;
            for (var k = 0; k < Window; k++)
            {
                j = NonBlank(roles, j, step);
                if (j < 0)
                {
                    break;
                }
                count++;
                boilerplate += roles[j] == LineRole.Body ? 0 : 1;
            }
        }
        return count == 0 ? 0 : (double)boilerplate / count;
    }

    // Non-blank lines that are not body right before (step -1) or after (step 1) the line, at most GapCap.
    private static int Gap(IReadOnlyList<LineRole> roles, int i, int step)
    {
        var gap = 0;
        for (var j = i + step; j >= 0 && j < roles.Count && gap < GapCap; j += step)
        {
            if (roles[j] == LineRole.Body)
            {
                break;
            }
            gap += roles[j] == LineRole.Blank ? 0 : 1;
        }
        return gap;
    }
}
