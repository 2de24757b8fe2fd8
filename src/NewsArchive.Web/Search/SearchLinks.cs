using System.Globalization;
using System.Text;
using NewsArchive.Search;

namespace NewsArchive.Web.Search;

/// <summary>
/// Addresses of the results page with the current search state changed in one respect (a page, a source, a
/// date window); everything lives in the URL so a search can be bookmarked and works without JavaScript.
/// </summary>
public sealed record SearchLinks(string? Q, DateOnly? From, DateOnly? To, string? Source, bool Undated, string? Sort, int Page)
{
    public static SearchLinks For(SearchRequest request, string? explicitSort)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sort = string.IsNullOrWhiteSpace(explicitSort) ? null : request.Sort.ToString().ToLowerInvariant();
        return new SearchLinks(request.Query.HasText ? request.Query.Text : null, request.From, request.To, request.Source, request.UndatedOnly, sort, request.Page);
    }

    /// <summary>A search showing every article (<c>collapse=none</c>) rather than one per story.</summary>
    public bool AllArticles { get; init; }

    /// <summary>The story whose members are listed (<c>story=ID</c>); not kept by the other links.</summary>
    public int? Story { get; init; }

    public string WithStory(int? story) => (this with { Story = story }).Url;

    public string WithAllArticles(bool all) => (this with { AllArticles = all, Story = null, Page = 1 }).Url;

    public string ToPage(int page) => (this with { Page = page }).Url;

    public string WithSource(string? source) => (this with { Source = source, Page = 1, Story = null }).Url;

    public string WithDates(DateOnly? from, DateOnly? to) => (this with { From = from, To = to, Undated = false, Page = 1 }).Url;

    public string OnlyUndated() => (this with { From = null, To = null, Undated = true, Page = 1 }).Url;

    public string WithSort(string sort) => (this with { Sort = sort, Page = 1 }).Url;

    public string WithQuery(string? q) => (this with { Q = q, Page = 1 }).Url;

    public string Url
    {
        get
        {
            var query = new StringBuilder();
            Add(query, "q", Q);
            Add(query, "from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add(query, "to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add(query, "source", Source);
            Add(query, "undated", Undated ? "true" : null);
            Add(query, "sort", Sort);
            Add(query, "page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null);
            Add(query, "collapse", AllArticles ? "none" : null);
            Add(query, "story", Story?.ToString(CultureInfo.InvariantCulture));
            return query.Length == 0 ? "/" : "/?" + query;
        }
    }

    private static void Add(StringBuilder query, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        query.Append(query.Length == 0 ? "" : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
