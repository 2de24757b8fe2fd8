namespace NewsArchive.Parsing;

/// <summary>
/// The features of every line for the learned <see cref="LineClassifier"/>: the line's own shape (length,
/// words, stop-word density in the languages of <see cref="StopWords"/>, capitals, digits, wide script,
/// punctuation), the kind and body decision of the hand-written stages, the same for its neighbours, where it
/// sits against the densest run of text, and repetition on the page.
/// </summary>
public static class LineFeaturesVector
{
    public static readonly string[] Names =
    [
        "bias", "rule_body", "kind_text", "kind_brief", "kind_list", "kind_furniture", "kind_break", "in_region",
        "log_chars", "words", "stop_density", "capitalised", "ends_sentence", "ends_colon", "digit_share", "wide",
        "prev_body", "next_body", "prev_text", "next_text", "prev2_body", "next2_body", "outside_distance",
        "before_region", "after_region", "repeated", "position", "bullet", "short", "quote", "prev_furniture",
        "next_furniture", "wide_prose", "after_comments", "break_before", "break_after", "text_run", "block_stop_density",
    ];

    public static int Count => Names.Length;

    /// <summary>One row per line (blank lines get an all-zero row).</summary>
    public static double[][] Measure(ArticleLines lines, Classification classification)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(classification);
        var contents = lines.Contents;
        var n = contents.Count;
        var roles = classification.Roles;
        var kinds = classification.Kinds;
        int first = -1, last = -1;
        for (var i = 0; i < n; i++)
        {
            if (roles[i] == LineRole.Body)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in contents)
        {
            if (line.Length > 0)
            {
                counts[line] = counts.GetValueOrDefault(line) + 1;
            }
        }
        // Lines below a comments heading, and section breaks between a line and the densest run.
        var commentsFrom = n;
        for (var i = Math.Max(first, 0); i < n; i++)
        {
            if (contents[i].Length > 0 && CommentDateFinder.IsCommentsHeading(contents[i]))
            {
                commentsFrom = i;
                break;
            }
        }
        var breaksBefore = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            breaksBefore[i + 1] = breaksBefore[i] + (kinds[i] == LineKind.SectionBreak ? 1 : 0);
        }
        // Runs of running text not interrupted by furniture: their length and stop-word density.
        var runLength = new int[n];
        var runStops = new double[n];
        for (var i = 0; i < n;)
        {
            var j = i;
            int words = 0, stops = 0, texts = 0;
            while (j < n && kinds[j] is not (LineKind.Furniture or LineKind.SectionBreak))
            {
                words += lines.Features[j].Words;
                stops += lines.Features[j].StopWords;
                texts += kinds[j] == LineKind.Text ? 1 : 0;
                j++;
            }
            for (var k = i; k < Math.Max(j, i + 1); k++)
            {
                runLength[k] = texts;
                runStops[k] = words == 0 ? 0 : (double)stops / words;
            }
            i = Math.Max(j, i + 1);
        }
        var rows = new double[n][];
        for (var i = 0; i < n; i++)
        {
            var x = new double[Count];
            rows[i] = x;
            var line = contents[i];
            if (line.Length == 0)
            {
                continue;
            }
            var f = lines.Features[i];
            var previous = LineKinds.Neighbour(kinds, i, -1);
            var next = LineKinds.Neighbour(kinds, i, 1);
            var previous2 = previous < 0 ? -1 : LineKinds.Neighbour(kinds, previous, -1);
            var next2 = next < 0 ? -1 : LineKinds.Neighbour(kinds, next, 1);
            x[0] = 1;
            x[1] = roles[i] == LineRole.Body ? 1 : 0;
            x[2] = kinds[i] == LineKind.Text ? 1 : 0;
            x[3] = kinds[i] == LineKind.Brief ? 1 : 0;
            x[4] = kinds[i] == LineKind.ListItem ? 1 : 0;
            x[5] = kinds[i] == LineKind.Furniture ? 1 : 0;
            x[6] = kinds[i] == LineKind.SectionBreak ? 1 : 0;
            x[7] = first >= 0 && i >= first && i <= last ? 1 : 0;
            x[8] = Math.Log(1 + f.EffectiveLength) / 6;
            x[9] = Math.Min(f.Words, 50) / 50.0;
            x[10] = f.StopDensity;
            x[11] = f.Words == 0 ? 0 : (double)f.CapitalisedWords / f.Words;
            x[12] = f.EndsSentence ? 1 : 0;
            x[13] = f.EndsWithColon ? 1 : 0;
            x[14] = f.Letters + f.Digits == 0 ? 0 : (double)f.Digits / (f.Letters + f.Digits);
            x[15] = f.IsWideScript ? 1 : 0;
            x[16] = previous >= 0 && roles[previous] == LineRole.Body ? 1 : 0;
            x[17] = next >= 0 && roles[next] == LineRole.Body ? 1 : 0;
            x[18] = previous >= 0 && kinds[previous] == LineKind.Text ? 1 : 0;
            x[19] = next >= 0 && kinds[next] == LineKind.Text ? 1 : 0;
            x[20] = previous2 >= 0 && roles[previous2] == LineRole.Body ? 1 : 0;
            x[21] = next2 >= 0 && roles[next2] == LineRole.Body ? 1 : 0;
            x[22] = first < 0 ? 1 : Math.Min(i < first ? first - i : i > last ? i - last : 0, 20) / 20.0;
            x[23] = first >= 0 && i < first ? 1 : 0;
            x[24] = last >= 0 && i > last ? 1 : 0;
            x[25] = counts[line] > 1 ? 1 : 0;
            x[26] = n <= 1 ? 0 : (double)i / (n - 1);
            x[27] = line[0] is '•' or '-' or '–' or '*' or '·' or '►' or '▶' ? 1 : 0;
            x[28] = line.Length < 30 ? 1 : 0;
            x[29] = line[0] is '"' or '“' or '„' or '«' or '»' or '‘' or '\'' ? 1 : 0;
            x[30] = previous >= 0 && kinds[previous] is LineKind.Furniture or LineKind.SectionBreak ? 1 : 0;
            x[31] = next >= 0 && kinds[next] is LineKind.Furniture or LineKind.SectionBreak ? 1 : 0;
            x[32] = f.IsWideScript && f.EffectiveLength >= 45 ? 1 : 0;
            x[33] = i > commentsFrom ? 1 : 0;
            x[34] = first >= 0 && i < first && breaksBefore[first] - breaksBefore[i + 1] > 0 ? 1 : 0;
            x[35] = last >= 0 && i > last && breaksBefore[i] - breaksBefore[last + 1] > 0 ? 1 : 0;
            x[36] = Math.Min(runLength[i], 10) / 10.0;
            x[37] = runStops[i];
        }
        return rows;
    }
}
