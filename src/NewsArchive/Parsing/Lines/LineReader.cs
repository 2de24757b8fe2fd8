using NewsArchive.Parsing.Document;

namespace NewsArchive.Parsing.Lines;

/// <summary>
/// Stage 2: the lines of the normalised text as the later stages see them: trimmed, the ` date YYYY-MM-DD`
/// header read and taken off the first line, and each line measured (<see cref="LineFeatures"/>), its content words kept
/// (<see cref="LineWords"/>).
/// </summary>
internal sealed class LineReader(ParserTuning tuning) : IParseStage
{
    public void Run(ParseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].Trim();
        }
        var header = HeaderReader.Read(lines[0]);
        if (header.Present)
        {
            lines[0] = IsJunk(header.Rest) ? "" : header.Rest;
        }
        var words = LineWords.Measure(lines, tuning.Lines, out var features);
        document.SetLines(lines, features, header, words);
    }

    // What the scraper left after the header date on some files: a lone "0", a dash, a count.
    private bool IsJunk(string rest) => rest.Length <= tuning.Lines.MaxHeaderJunkLength && !rest.Any(char.IsLetter);
}
