using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Classification;

/// <summary>
/// The last stage, learned: the body's end. The article region of <see cref="ArticleRegion"/> (on which the title,
/// the date and the source were chosen) often runs on past the article into an author box, summaries of related
/// stories, a paywall block or the entries of a live blog of other days. Every place the body may end
/// (<see cref="BodyEndFeatures"/>) and "no cut" are scored with the model's body-end ranker (a softmax ranker with
/// boosted trees, fitted by tools/train-extraction.sh on the option that best matches the gold body); the best cut
/// is made only when its probability is at least the model's <c>body_end_accept.min_probability</c> (chosen by an
/// inner cross-validation in the trainer: a wrong cut loses paragraphs of the article), and the paragraphs after it
/// become boilerplate. A page without a run of text (low confidence) keeps the region as found.
/// </summary>
internal sealed class BodyBounds : IParseStage
{
    /// <summary>The model's part with the body-end ranker's weights.</summary>
    public const string EndPart = "body_end";

    /// <summary>The model's part with the body-end ranker's boosted trees (optional).</summary>
    public const string EndTreesPart = "body_end_trees";

    /// <summary>The model's part with the probability a cut needs (<see cref="AcceptNames"/>).</summary>
    public const string AcceptPart = "body_end_accept";

    /// <summary>The one value of <see cref="AcceptPart"/>: the softmax probability the best cut needs to be made.</summary>
    public static readonly string[] AcceptNames = ["min_probability"];

    private readonly ParserTuning _tuning;
    private readonly LearnedScore _end;
    private readonly double _minProbability;

    public BodyBounds(ParserTuning tuning, ExtractionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _tuning = tuning;
        _end = new LearnedScore(model, EndPart, EndTreesPart, BodyEndFeatures.Names);
        _minProbability = model.Weights(AcceptPart, AcceptNames)[0];
    }

    public void Run(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var roles = document.Roles.ToArray();
        if (!document.LowConfidence && document.BodyStart >= 0)
        {
            Trim(document, roles);
        }
        document.SetBounds(roles, document.BodyStart);
    }

    /// <summary>The body's lines (indices into the page's lines, in order).</summary>
    public static List<int> BodyLines(IReadOnlyList<LineRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var body = new List<int>();
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] == LineRole.Body)
            {
                body.Add(i);
            }
        }
        return body;
    }

    /// <summary>The best option and its softmax probability; "no cut" (the last) wins ties, so a cut must score above it.</summary>
    public (BodyEndOption Best, double Probability) Best(List<BodyEndOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var scores = options.Select(o => _end.Of(o.Features)).ToArray();
        var best = options.Count - 1;
        for (var o = 0; o < options.Count - 1; o++)
        {
            best = scores[o] > scores[best] ? o : best;
        }
        var total = scores.Sum(s => Math.Exp(s - scores[best]));
        return (options[best], 1 / total);
    }

    /// <summary>Drops the body's tail after the best end from <paramref name="roles"/>, when the ranker is sure enough of it.</summary>
    public void Trim(ParseDocument document, LineRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var body = BodyLines(roles);
        var (best, probability) = Best(BodyEndFeatures.Candidates(document, body, _tuning));
        if (probability < _minProbability)
        {
            return;
        }
        for (var p = best.LastKept + 1; p < body.Count; p++)
        {
            roles[body[p]] = LineRole.Boilerplate;
        }
    }
}

/// <summary>The last stage without a learned region: the body keeps the bounds the article region gave it.</summary>
internal sealed class KeepBounds : IParseStage
{
    public void Run(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetBounds(document.Roles, document.BodyStart);
    }
}
