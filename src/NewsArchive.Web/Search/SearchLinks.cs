using System.Globalization;
using System.Text;
using NewsArchive.Search;

namespace NewsArchive.Web.Search;

/// <summary>
/// Addresses of the results page with the current search state changed in one respect (a page, a source, a
/// date window); everything lives in the URL so a search can be bookmarked and works without JavaScript. The same
/// state serves the feed, the exports, the sources page and the article pages opened from the results.
/// </summary>
public sealed record SearchLinks(string? Q, DateOnly? From, DateOnly? To, string? Source, bool Undated, string? Sort, int Page)
{
    /// <summary>Words looked for in titles only.</summary>
    public bool Titles { get; init; }

    /// <summary>Results per page, when the reader chose one (null: the default).</summary>
    public int? PageSize { get; init; }

    public static SearchLinks For(SearchRequest request, string? explicitSort, int? explicitPageSize = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sort = string.IsNullOrWhiteSpace(explicitSort) ? null : request.Sort.ToString().ToLowerInvariant();
        return new SearchLinks(request.Query.HasText ? request.Query.Text : null, request.From, request.To, request.Source, request.UndatedOnly, sort, request.Page)
        {
            Titles = request.TitlesOnly,
            PageSize = explicitPageSize,
        };
    }

    /// <summary>A search showing every article (<c>collapse=none</c>) rather than one per story.</summary>
    public bool AllArticles { get; init; }

    /// <summary>The story whose members are listed (<c>story=ID</c>); not kept by the other links.</summary>
    public int? Story { get; init; }

    public string WithStory(int? story) => (this with { Story = story }).Url;

    public string WithAllArticles(bool all) => (this with { AllArticles = all, Story = null, Page = 1 }).Url;

    /// <summary>A search as the page names it: in curly quotes, unless it has quotes of its own (a phrase search).</summary>
    public static string Quoted(string text) => text.Contains('"', StringComparison.Ordinal) ? text : $"“{text}”";

    /// <summary>True when there is something to go back to (a query, a filter or a page).</summary>
    public bool IsEmpty => QueryString.Length == 0;

    public string ToPage(int page) => (this with { Page = page }).Url;

    public string WithSource(string? source) => (this with { Source = source, Page = 1, Story = null }).Url;

    public string WithDates(DateOnly? from, DateOnly? to) => (this with { From = from, To = to, Undated = false, Page = 1 }).Url;

    public string OnlyUndated() => (this with { From = null, To = null, Undated = true, Page = 1 }).Url;

    public string WithSort(string sort) => (this with { Sort = sort, Page = 1 }).Url;

    public string WithQuery(string? q) => (this with { Q = q, Page = 1 }).Url;

    public string WithTitles(bool titles) => (this with { Titles = titles, Page = 1 }).Url;

    public string WithPageSize(int? pageSize) => (this with { PageSize = pageSize, Page = 1 }).Url;

    public string Url => At("/");

    /// <summary>The same search (every match, no page) at another address: the feed, an export, the sources page.</summary>
    public string At(string path, params (string Name, string? Value)[] extra)
    {
        var query = new StringBuilder(QueryString);
        foreach (var (name, value) in extra)
        {
            Add(query, name, value);
        }
        return query.Length == 0 ? path : path + "?" + query;
    }

    /// <summary>For another page than the results: the search without its page number.</summary>
    public SearchLinks WithoutPage() => this with { Page = 1 };

    /// <summary>The state as a query string (no leading <c>?</c>; empty for the bare home page).</summary>
    public string QueryString
    {
        get
        {
            var query = new StringBuilder();
            foreach (var (name, value) in Fields)
            {
                Add(query, name, value);
            }
            Add(query, "page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null);
            Add(query, "story", Story?.ToString(CultureInfo.InvariantCulture));
            return query.ToString();
        }
    }

    /// <summary>The state but the page, as form fields (a "go to page" form carries them hidden).</summary>
    public IEnumerable<(string Name, string Value)> Fields
    {
        get
        {
            var fields = new (string Name, string? Value)[]
            {
                ("q", Q),
                ("titles", Titles ? "true" : null),
                ("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("source", Source),
                ("undated", Undated ? "true" : null),
                ("sort", Sort),
                ("pageSize", PageSize?.ToString(CultureInfo.InvariantCulture)),
                ("collapse", AllArticles ? "none" : null),
            };
            return fields.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => (f.Name, f.Value!));
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
