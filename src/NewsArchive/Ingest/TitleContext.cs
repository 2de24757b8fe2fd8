namespace NewsArchive.Ingest;

/// <summary>What the title finder knows about the top of a file: its lines, where the body starts, the body's words.</summary>
internal sealed class TitleContext(ArticleLines lines, int bodyStart, HashSet<string> bodyWords)
{
    private const int BylineReach = 3;

    public ArticleLines Lines { get; } = lines;

    public HashSet<string> BodyWords { get; } = bodyWords;

    /// <summary>
    /// How often the line occurs above the body, counting lines that contain it ("Home › Section › Headline",
    /// "Share on Twitter: Headline") as repeats.
    /// </summary>
    public (int Exact, int Containing) Repeats(int index)
    {
        var line = Lines.Contents[index];
        int exact = 0, containing = 0;
        var end = Math.Min(Lines.Contents.Count, bodyStart);
        for (var i = 0; i < end; i++)
        {
            var other = Lines.Contents[i];
            if (other.Length == line.Length && other == line)
            {
                exact++;
            }
            else if (other.Length > line.Length && other.Contains(line, StringComparison.Ordinal))
            {
                containing++;
            }
        }
        return (exact, containing);
    }

    /// <summary>Headlines are followed closely by the byline or the date: 2 when it is the next line, 1 when it is near, else 0.</summary>
    public int BylineCloseness(int index)
    {
        var seen = 0;
        for (var i = index + 1; i < Lines.Contents.Count && i < bodyStart + 1 && seen < BylineReach; i++)
        {
            var line = Lines.Contents[i];
            if (line.Length == 0)
            {
                continue;
            }
            seen++;
            if (FurniturePatterns.IsByline(line) || (Lines.Features[i].Words <= 12 && TextDateFinder.Find(line) is not null))
            {
                return seen == 1 ? 2 : 1;
            }
        }
        return 0;
    }
}
