using NewsArchive.Search;
using NewsArchive.Web.Pages.Articles;

namespace NewsArchive.Web.Api;

/// <summary>
/// <c>GET /api/articles/{id}</c>: the article as text (paragraphs separated by a blank line), and the address of the
/// article on its outlet's site when the file names one (<c>originalUrl</c>, else null).
/// </summary>
public sealed record ApiArticle(
    int Id, string Title, DateOnly? Published, string DateSource, string? Source, string Body, int WordCount, string SourceFile, bool Missing, string Url)
{
    public Uri? OriginalUrl { get; init; }

    public static ApiArticle From(ArticleDetail article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ApiArticle(article.Id, article.Title, article.PublishedOn, article.DateSource.ToString().ToLowerInvariant(), article.Source,
            article.Body, article.WordCount, article.SourceFile, article.IsMissing, ArticleRoute.For(article.Id, article.Slug))
        {
            OriginalUrl = article.OriginalUrl,
        };
    }
}
