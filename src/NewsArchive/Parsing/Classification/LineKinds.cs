using NewsArchive.Parsing.Document;
using NewsArchive.Parsing.Recognisers;

namespace NewsArchive.Parsing.Classification;

/// <summary>Stage 3a: gives each line a <see cref="LineKind"/> from its own text, repetition and immediate neighbours.</summary>
internal sealed class LineKinds(ParserTuning tuning) : IParseStage
{
    public void Run(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Lines;
        var features = document.Features;
        var kinds = new LineKind[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            kinds[i] = KindOf(lines[i], features[i], document.KnownBoilerplate);
        }
        MarkRepeatedShortLines(document, kinds);
        MarkTeasersAndLinkIntros(lines, features, kinds);
        MarkListItems(lines, kinds);
        document.SetKinds(kinds);
    }

    private LineKind KindOf(string line, in LineFeatures f, IReadOnlySet<string>? knownBoilerplate)
    {
        if (line.Length == 0)
        {
            return LineKind.Blank;
        }
        // A short line that is mostly a date is a timestamp or an entry of a dated headline list.
        if (FurniturePatterns.IsSectionBreak(line, f, tuning) || LineShapes.IsDateLine(line, f, tuning))
        {
            return LineKind.SectionBreak;
        }
        if (knownBoilerplate?.Contains(line) == true || FurniturePatterns.IsFurniture(line, f, tuning))
        {
            return LineKind.Furniture;
        }
        return LineShapes.IsText(f, tuning) ? LineKind.Text : LineKind.Brief;
    }

    // Menus, headline lists and captions repeat; running text rarely does (a pull quote may, so long lines stay). A kind
    // so far is that of the line's text alone, so a short line's equals are all short lines.
    private static void MarkRepeatedShortLines(ParseDocument document, LineKind[] kinds)
    {
        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == LineKind.Brief && document.Occurrences(i) > 1)
            {
                kinds[i] = LineKind.Furniture;
            }
        }
    }

    // "Headline … An extract of the story …" is a teaser; "Our site can be reached at:" before a list of
    // addresses or buttons introduces furniture, so it is furniture too.
    private void MarkTeasersAndLinkIntros(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, LineKind[] kinds)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (kinds[i] is not (LineKind.Text or LineKind.Brief))
            {
                continue;
            }
            var line = lines[i];
            var previous = Neighbours.NonEmpty(lines, i, -1);
            var next = Neighbours.NonEmpty(lines, i, 1);
            var teaser = (line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith('…'))
                && (previous < 0 || kinds[previous] != LineKind.Text);
            // A caption is often followed by its credit line ("Photo: Jane Doe, AP").
            var captioned = next >= 0 && FurniturePatterns.IsCreditLine(lines[next], features[next], tuning);
            var linkIntro = line.EndsWith(':') && next >= 0 && kinds[next] is LineKind.Furniture or LineKind.SectionBreak;
            if (teaser || linkIntro || captioned)
            {
                kinds[i] = LineKind.Furniture;
            }
        }
    }

    // Short lines after "Ingredients:" or "The following were banned:" are the list the sentence announces.
    private static void MarkListItems(IReadOnlyList<string> lines, LineKind[] kinds)
    {
        var inList = false;
        for (var i = 0; i < lines.Count; i++)
        {
            switch (kinds[i])
            {
                case LineKind.Brief when inList:
                    kinds[i] = LineKind.ListItem;
                    break;
                case LineKind.Text or LineKind.Brief:
                    inList = lines[i].EndsWith(':');
                    break;
                case LineKind.Furniture or LineKind.SectionBreak:
                    inList = false;
                    break;
                default:
                    break;
            }
        }
    }
}
