using NewsArchive.Parsing;

namespace NewsArchive.Search;

/// <summary>One line of the raw file and the role the parser gave it.</summary>
public sealed record OriginalLine(int Number, string Text, LineRole Role)
{
    public bool Removed => Role == LineRole.Boilerplate;
}
