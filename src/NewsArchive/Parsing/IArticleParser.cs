namespace NewsArchive.Parsing;

/// <summary>What the importer needs of a parser (<see cref="ArticleTextParser"/>; tests put a failing one in its place).</summary>
public interface IArticleParser
{
    /// <summary>Files larger than this are refused unread.</summary>
    int MaxFileBytes { get; }

    /// <inheritdoc cref="ArticleTextParser.Parse"/>
    ParseResult Parse(string fileName, ReadOnlySpan<byte> bytes, IReadOnlySet<string>? knownBoilerplate = null, DateOnly? today = null);
}
