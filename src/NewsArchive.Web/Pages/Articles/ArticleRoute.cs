namespace NewsArchive.Web.Pages.Articles;

/// <summary>
/// The address of an article page, built beside the page that answers it (<c>@page "/articles/{id:int}/{slug?}"</c>);
/// the library's records carry the id and slug only.
/// </summary>
public static class ArticleRoute
{
    public static string For(int id, string slug) => $"/articles/{id}/{slug}";
}
