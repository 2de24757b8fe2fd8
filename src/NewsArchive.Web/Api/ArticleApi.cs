using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NewsArchive.Search;
using NewsArchive.Web.Search;

namespace NewsArchive.Web.Api;

/// <summary>
/// The JSON API, with the results page's semantics: <c>GET /api/articles</c> searches or browses,
/// <c>GET /api/articles/{id}</c> returns one article. Bad parameters get 400 with ProblemDetails.
/// </summary>
public static class ArticleApi
{
    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/articles").WithTags("Articles");
        group.MapGet("/", SearchAsync).WithName("SearchArticles")
            .WithSummary("Search or browse the archive")
            .WithDescription("The results page's semantics as JSON: one page of matches with the exact total; facets with facets=true.");
        group.MapGet("/{id:int}", FindAsync).WithName("GetArticle")
            .WithSummary("One article")
            .WithDescription("The article's text, date (and where the date came from), source and file; 404 with ProblemDetails when there is none.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        endpoints.MapGet("/api/stories/{id:int}", FindStoryAsync).WithTags("Stories").WithName("GetStory")
            .WithSummary("One story")
            .WithDescription("A story's title, first and last dates, outlets and members; 404 with ProblemDetails when there is none.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        // An id that is no int (too large, not a number) names no article either: the same 404, not the HTML error page.
        group.MapGet("/{id}", (string id) => NoSuchArticle(id)).ExcludeFromDescription();
        endpoints.MapSearchExports();
        // Any other path under /api: a ProblemDetails 404, whatever the method.
        endpoints.MapFallback("/api/{**path}", (HttpContext http) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
            title: "No such API route", detail: $"{http.Request.Method} {http.Request.Path} is not part of the API; see /openapi/v1.json.")).ExcludeFromDescription();
        return endpoints;
    }

    internal static async Task<Results<Ok<ApiSearchResponse>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchFilter filter, ArticleSearch search, IOptions<SearchOptions> options, CancellationToken ct)
    {
        var problems = new List<SearchProblem>();
        var request = filter.Validate(options.Value, problems);
        if (problems.Count > 0 || request.Query.IsUnusable)
        {
            var errors = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
            return TypedResults.ValidationProblem(errors, title: "The search parameters are not valid.");
        }
        var results = await search.SearchAsync(await search.WithStoredSourceAsync(request, ct), ct);
        return TypedResults.Ok(ApiSearchResponse.From(results));
    }

    internal static async Task<Results<Ok<ApiStory>, ProblemHttpResult>> FindStoryAsync(int id, StoryReader reader, CancellationToken ct)
    {
        var story = await reader.FindAsync(id, ct);
        return story is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such story", detail: $"There is no story {id}.")
            : TypedResults.Ok(ApiStory.From(story));
    }

    internal static async Task<Results<Ok<ApiArticle>, ProblemHttpResult>> FindAsync(int id, ArticleReader reader, CancellationToken ct)
    {
        var article = await reader.FindAsync(id, query: null, ct);
        return article is null ? NoSuchArticle(id.ToString(System.Globalization.CultureInfo.InvariantCulture)) : TypedResults.Ok(ApiArticle.From(article));
    }

    private static ProblemHttpResult NoSuchArticle(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article", detail: $"There is no article {id}.");
}
