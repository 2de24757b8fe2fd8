using NewsArchive.Parsing.Document;

namespace NewsArchive.Search;

/// <summary>One line of the raw file and the role the parser gave it.</summary>
public sealed record OriginalLine(int Number, string Text, LineRole Role)
{
    public bool Removed => Role == LineRole.Boilerplate;

    /// <summary>The line as safe HTML, the words the search matched in the article in <c>&lt;mark&gt;</c>.</summary>
    public string Html { get; init; } = System.Net.WebUtility.HtmlEncode(Text);
}
