using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace NewsArchive.Web.Api;

/// <summary>The OpenAPI description of the JSON API, served at <c>/openapi/v1.json</c>.</summary>
public static class ApiDocument
{
    public const string Path = "/openapi/{documentName}.json";

    /// <summary>What each query parameter means (they are read as text, so a bad value is a 400 naming it, not a binding failure).</summary>
    private static readonly Dictionary<string, string> s_parameters = new(StringComparer.Ordinal)
    {
        ["q"] = "The query: words (all must match, stemmed), \"an exact phrase\", OR, -excluded, prefix*, title:word (in titles only), a NEAR/5 b (within 5 words). Anything else is searched as plain words.",
        ["titles"] = "true: look for the words in titles only.",
        ["collapse"] = "stories (the default, searching or browsing): one item per story, its best-ranked member (browsing: its newest, or oldest for sort=oldest); none: every matching article.",
        ["story"] = "A story id: list that story's members under its item (the page's expand link).",
        ["from"] = "Earliest publication date, inclusive (YYYY-MM-DD, or YYYY-MM or YYYY: from the month's or year's first day).",
        ["to"] = "Latest publication date, inclusive (YYYY-MM-DD, or YYYY-MM or YYYY: to the month's or year's last day).",
        ["source"] = "Only articles from this outlet, in any case (as listed in the facets).",
        ["sort"] = "relevance (the default with a query), newest (the default without) or oldest.",
        ["page"] = "The page, from 1.",
        ["pageSize"] = "Items per page, 1 to 100 (default 20).",
        ["undated"] = "true: only the articles with no date (dates are then ignored).",
        ["facets"] = "true: include source counts, the undated count and the histogram (otherwise facets is null).",
        ["id"] = "The article's id (the number in its URL).",
    };

    public static IServiceCollection AddArchiveOpenApi(this IServiceCollection services)
    {
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "NewsArchive API",
                    Version = "v1",
                    Description = "Search and read the archive. Every error answers application/problem+json (RFC 9457).",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, _, _) =>
            {
                foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
                {
                    if (parameter.Name is { } name && s_parameters.TryGetValue(name, out var description))
                    {
                        parameter.Description = description;
                    }
                }
                return Task.CompletedTask;
            });
        });
        return services;
    }
}
