namespace NewsArchive.Parsing;

/// <summary>Stage 4a: gives each line a <see cref="LineKind"/> from its own text, repetition and immediate neighbours.</summary>
public static class LineKinds
{
    public static LineKind[] Assign(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, IReadOnlySet<string>? knownBoilerplate)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(features);
        var kinds = new LineKind[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            kinds[i] = KindOf(lines[i], features[i], knownBoilerplate);
        }
        MarkRepeatedShortLines(lines, kinds);
        MarkTeasersAndLinkIntros(lines, features, kinds);
        MarkListItems(lines, kinds);
        return kinds;
    }

    /// <summary>Running text: long, with the function words and punctuation of sentences.</summary>
    public static bool IsText(in LineFeatures f)
    {
        if (f.IsWideScript)
        {
            return f.EffectiveLength >= 60 && (f.EndsSentence || f.EffectiveLength >= 160);
        }
        if (f.Words < 8 || f.Chars < 50 || f.Letters <= f.Digits * 2)
        {
            return false;
        }
        // Headlines are long too, but capitalised and without a full stop.
        return f.EndsSentence
            ? f.StopDensity >= 0.1 || f.Words >= 12
            : f.CapitalisedWords * 2 < f.Words && ((f.Words >= 15 && f.StopDensity >= 0.2) || f.Words >= 30);
    }

    private static LineKind KindOf(string line, in LineFeatures f, IReadOnlySet<string>? knownBoilerplate)
    {
        if (line.Length == 0)
        {
            return LineKind.Blank;
        }
        if (FurniturePatterns.IsSectionBreak(line, f) || IsDateLine(line, f))
        {
            return LineKind.SectionBreak;
        }
        if (knownBoilerplate?.Contains(line) == true || FurniturePatterns.IsFurniture(line, f))
        {
            return LineKind.Furniture;
        }
        return IsText(f) ? LineKind.Text : LineKind.Brief;
    }

    // A short line that is mostly a date is a timestamp or an entry of a dated headline list.
    internal static bool IsDateLine(string line, in LineFeatures f) =>
        (f.Words <= 10 || (f.Words <= 20 && FurniturePatterns.IsByline(line))) && !f.EndsSentence && TextDateFinder.Find(line) is not null;

    // Menus, headline lists and captions repeat; running text rarely does (a pull quote may, so long lines stay).
    private static void MarkRepeatedShortLines(IReadOnlyList<string> lines, LineKind[] kinds)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] == LineKind.Brief)
            {
                counts[lines[i]] = counts.GetValueOrDefault(lines[i]) + 1;
            }
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] == LineKind.Brief && counts[lines[i]] > 1)
            {
                kinds[i] = LineKind.Furniture;
            }
        }
    }

    // "Headline … An extract of the story …" is a teaser; "Our site can be reached at:" before a list of
    // addresses or buttons introduces furniture, so it is furniture too.
    private static void MarkTeasersAndLinkIntros(IReadOnlyList<string> lines, IReadOnlyList<LineFeatures> features, LineKind[] kinds)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (kinds[i] is not (LineKind.Text or LineKind.Brief))
            {
                continue;
            }
            var line = lines[i];
            var previous = Neighbour(kinds, i, -1);
            var next = Neighbour(kinds, i, 1);
            var teaser = (line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith('…'))
                && (previous < 0 || kinds[previous] != LineKind.Text);
            // A caption is often followed by its credit line ("Photo: Jane Doe, AP").
            var captioned = next >= 0 && FurniturePatterns.IsCreditLine(lines[next], features[next]);
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

    public static int Neighbour(IReadOnlyList<LineKind> kinds, int index, int step)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        for (var i = index + step; i >= 0 && i < kinds.Count; i += step)
        {
            if (kinds[i] != LineKind.Blank)
            {
                return i;
            }
        }
        return -1;
    }
}
