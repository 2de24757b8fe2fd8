namespace NewsArchive.Parsing;

/// <summary>
/// Stage 4c (learned): a logistic regression over <see cref="LineFeaturesVector"/> gives each line the
/// probability that it is body text, and a two-state Viterbi pass (body / not body, transition weights learned
/// from the dev data, as jusText's context step does by hand) smooths the sequence. It refines the hand-written
/// classification; when it would leave no body at all, that classification stands.
/// </summary>
public static class LineClassifier
{
    /// <summary>The log-odds of a line being body under <paramref name="weights"/>.</summary>
    public static double LogOdds(double[] features, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(weights);
        var sum = 0.0;
        for (var i = 0; i < features.Length; i++)
        {
            sum += features[i] * weights[i];
        }
        return sum;
    }

    public static Classification Refine(ArticleLines lines, Classification classification, ExtractionModel model)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(classification);
        ArgumentNullException.ThrowIfNull(model);
        if (model.Line.All(w => w == 0))
        {
            return classification;
        }
        var rows = LineFeaturesVector.Measure(lines, classification);
        var body = Viterbi(lines.Contents, rows, model);
        var roles = (LineRole[])classification.Roles.Clone();
        var bodyStart = -1;
        for (var i = 0; i < roles.Length; i++)
        {
            if (roles[i] is LineRole.Blank or LineRole.Header)
            {
                continue;
            }
            roles[i] = body[i] ? LineRole.Body : LineRole.Boilerplate;
            bodyStart = body[i] && bodyStart < 0 ? i : bodyStart;
        }
        return bodyStart < 0 ? classification : new Classification(roles, classification.Kinds, bodyStart);
    }

    // Two states over the non-blank lines: the emission is the line's log-odds, a change of state costs the
    // learned transition weight (model.Transition: staying in a state is free).
    private static bool[] Viterbi(IReadOnlyList<string> contents, double[][] rows, ExtractionModel model)
    {
        var n = contents.Count;
        var result = new bool[n];
        var indices = Enumerable.Range(0, n).Where(i => contents[i].Length > 0).ToArray();
        if (indices.Length == 0)
        {
            return result;
        }
        var change = model.Transition;
        // score[s]: best path ending in state s (0 = not body, 1 = body); the body state earns the log-odds.
        var back = new byte[indices.Length, 2];
        double out0 = 0, in1 = LogOdds(rows[indices[0]], model.Line);
        for (var k = 1; k < indices.Length; k++)
        {
            var emit = LogOdds(rows[indices[k]], model.Line);
            var stay0 = out0;
            var from1To0 = in1 - change;
            var next0 = Math.Max(stay0, from1To0);
            back[k, 0] = stay0 >= from1To0 ? (byte)0 : (byte)1;
            var stay1 = in1;
            var from0To1 = out0 - change;
            var next1 = Math.Max(stay1, from0To1) + emit;
            back[k, 1] = stay1 >= from0To1 ? (byte)1 : (byte)0;
            (out0, in1) = (next0, next1);
        }
        var state = in1 > out0 ? 1 : 0;
        for (var k = indices.Length - 1; k >= 0; k--)
        {
            result[indices[k]] = state == 1;
            state = back[k, state];
        }
        return result;
    }
}
