namespace NewsArchive.Parsing;

/// <summary>The outcome of parsing one file: an article, or a reason a person can act on.</summary>
public sealed record ParseResult(ParsedArticle? Article, string? Error)
{
    public bool Succeeded => Article is not null;

    public static ParseResult Ok(ParsedArticle article) => new(article, null);

    public static ParseResult Fail(string error) => new(null, error);
}
