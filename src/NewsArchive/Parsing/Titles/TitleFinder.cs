using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Titles;

/// <summary>
/// Stage 4: the headline is a short, title-like line a little before the body that shares words with it and
/// is often repeated. Without one, the title is cut from the first sentence of the body (<see cref="DerivedTitle"/>).
/// The title-choice decision is <see cref="Choose"/>: the best-scoring candidate, if it scores enough.
/// </summary>
internal sealed class TitleFinder(ParserTuning tuning) : IParseStage
{
    private readonly TitleScore _score = new(tuning);

    public void Run(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.SetTitle(Choose(Candidates(document), document.Paragraphs));
    }

    /// <summary>The best candidate scoring at least the minimum, else a title derived from the first paragraph.</summary>
    public TitleChoice Choose(IReadOnlyList<TitleCandidate> candidates, IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var best = candidates.Where(c => c.Score >= tuning.Titles.MinScore).OrderByDescending(c => c.Score).FirstOrDefault();
        return best is not null ? new TitleChoice(best.Line, false, best.Line, best.Index) : new TitleChoice(DerivedTitle.From(paragraphs, tuning), true, null);
    }

    /// <summary>The title-shaped lines above the body with their scores, nearest first (also useful to explain a choice).</summary>
    public IReadOnlyList<TitleCandidate> Candidates(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Lines;
        var bodyStart = document.BodyStart;
        var paragraphs = document.Paragraphs;
        var context = new TitleContext(document, bodyStart, ContentWords.Of(string.Join(' ', paragraphs.Take(tuning.Titles.BodyWordParagraphs)), new Vocabulary(), tuning), tuning);
        var candidates = new List<TitleCandidate>();
        var seen = 0;
        for (var i = bodyStart - 1; i >= 0 && seen < tuning.Titles.LinesToLookBack; i--)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            var score = _score.Of(i, context) - (tuning.Titles.DistancePenalty * seen);
            seen++;
            if (score > double.MinValue / 2)
            {
                candidates.Add(new TitleCandidate(lines[i], score, i));
            }
        }
        AddHeadlineTakenIntoBody(document, candidates);
        return candidates;
    }

    // A repeated or title-cased headline may score as running text and open the body; it competes too, matched
    // against the body after it so that it does not match itself.
    private void AddHeadlineTakenIntoBody(ParseDocument document, List<TitleCandidate> candidates)
    {
        var start = document.BodyStart;
        var paragraphs = document.Paragraphs;
        if (start < 0 || paragraphs.Count < 2)
        {
            return;
        }
        var t = tuning.Titles;
        var line = document.Lines[start];
        if (Competes(document, start))
        {
            // The body's words are gathered only now: most first lines do not compete.
            var bodyWords = ContentWords.Of(string.Join(' ', paragraphs.Skip(1).Take(t.BodyWordParagraphs)), new Vocabulary(), tuning);
            candidates.Add(new TitleCandidate(line, _score.Of(start, new TitleContext(document, start + t.OpenerBodyOffset, bodyWords, tuning)), start));
        }
    }

    /// <summary>A body line that may be the headline taken into the body: title-cased, repeated, or a caseless opener.</summary>
    public bool Competes(ParseDocument document, int index)
    {
        ArgumentNullException.ThrowIfNull(document);
        var f = document.Features[index];
        // Scripts without letter case (Arabic, CJK, Hebrew…) give no title-case signal: a short unpunctuated opener competes too.
        return LineShapes.IsTitleCased(f, tuning) || IsCaselessOpener(document.Lines[index], f)
            || new TitleContext(document, index + tuning.Titles.OpenerBodyOffset, new WordSet(new Vocabulary()), tuning).Repeats(index).Exact >= tuning.Titles.OpenerMinRepeats;
    }

    private bool IsCaselessOpener(string line, in LineFeatures f) =>
        f.Letters > 0 && !line.Any(c => char.IsUpper(c) || char.IsLower(c)) && LineShapes.IsTitleShaped(line, f, tuning) && !".!?。！？".Contains(line[^1], StringComparison.Ordinal);
}
