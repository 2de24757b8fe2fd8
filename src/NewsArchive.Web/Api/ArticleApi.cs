using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using NewsArchive.Search;

namespace NewsArchive.Web.Api;

/// <summary>
/// The JSON API, with the results page's semantics: <c>GET /api/articles</c> searches or browses,
/// <c>GET /api/articles/{id}</c> returns one article. Bad parameters get 400 with ProblemDetails.
/// </summary>
public static class ArticleApi
{
    public static IEndpointRouteBuilder MapArticleApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/articles");
        group.MapGet("/", SearchAsync);
        group.MapGet("/{id:int}", FindAsync);
        endpoints.MapGet("/api/stories/{id:int}", FindStoryAsync);
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
        var results = await search.SearchAsync(request, ct);
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
        return article is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such article", detail: $"There is no article {id}.")
            : TypedResults.Ok(ApiArticle.From(article));
    }
}
