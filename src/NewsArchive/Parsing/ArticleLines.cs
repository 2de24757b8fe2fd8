namespace NewsArchive.Parsing;

/// <summary>
/// The lines of the normalised text as the classifier sees them: trimmed, with the header taken off the
/// first line, and measured. Index i is line i of the text, so roles stay aligned with it.
/// </summary>
public sealed class ArticleLines
{
    private ArticleLines(string text, Header header, string[] contents, LineFeatures[] features)
    {
        Text = text;
        Header = header;
        Contents = contents;
        Features = features;
    }

    /// <summary>The normalised text the lines come from.</summary>
    public string Text { get; }

    public Header Header { get; }

    public IReadOnlyList<string> Contents { get; }

    public IReadOnlyList<LineFeatures> Features { get; }

    public static ArticleLines Read(string normalisedText)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        var contents = normalisedText.Split('\n');
        for (var i = 0; i < contents.Length; i++)
        {
            contents[i] = contents[i].Trim();
        }
        var header = HeaderReader.Read(contents[0]);
        if (header.Present)
        {
            contents[0] = IsJunk(header.Rest) ? "" : header.Rest;
        }
        var features = Array.ConvertAll(contents, c => LineFeatures.Measure(c));
        return new ArticleLines(normalisedText, header, contents, features);
    }

    public IReadOnlyList<string> Paragraphs(Classification classification)
    {
        ArgumentNullException.ThrowIfNull(classification);
        return Paragraphs(classification.Roles);
    }

    public IReadOnlyList<string> Paragraphs(IReadOnlyList<LineRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return Contents.Where((_, i) => roles[i] == LineRole.Body).ToList();
    }

    /// <summary>The classifier's roles with the header and the headline (and its repeats) marked.</summary>
    public IReadOnlyList<LineRole> FinalRoles(Classification classification, TitleChoice title)
    {
        ArgumentNullException.ThrowIfNull(classification);
        ArgumentNullException.ThrowIfNull(title);
        var roles = (LineRole[])classification.Roles.Clone();
        for (var i = 0; i < roles.Length; i++)
        {
            if (title.Line is not null && Contents[i] == title.Line)
            {
                roles[i] = LineRole.Title;
            }
        }
        if (Header.Present && Contents[0].Length == 0)
        {
            roles[0] = LineRole.Header;
        }
        return roles;
    }

    // What the scraper left after the header date on some files: a lone "0", a dash, a count.
    private static bool IsJunk(string rest) => rest.Length <= 3 && !rest.Any(char.IsLetter);
}
