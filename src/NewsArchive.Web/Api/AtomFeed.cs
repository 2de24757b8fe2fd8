using System.Globalization;
using System.Text;
using System.Xml;
using NewsArchive.Search;
using NewsArchive.Web.Pages.Articles;

namespace NewsArchive.Web.Api;

/// <summary>
/// <c>/feed</c>: an Atom 1.0 feed (RFC 4287) of any search or browse, newest first (or the order asked for), one
/// page of entries (<c>pageSize</c>, default 20). Each entry links to the article page with the search kept.
/// </summary>
public static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public static async Task WriteAsync(HttpContext http, ArticleSearch search, SearchRequest request, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        var explicitSort = http.Request.Query.ContainsKey("sort");
        request = request with { Sort = explicitSort ? request.Sort : SearchSort.Newest, WithFacets = false };
        var results = await search.SearchAsync(request, http.RequestAborted);
        var root = SearchExports.Root(http);
        var links = Search.SearchLinks.For(request, explicitSort ? request.Sort.ToString() : null) with { Page = 1 };
        http.Response.ContentType = "application/atom+xml; charset=utf-8";
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(http.Response.Body, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", Namespace);
        await Element(xml, "id", root + links.At("/feed"));
        await Element(xml, "title", "NewsArchive: " + Describe(request));
        await Element(xml, "updated", Stamp(results.Items.Select(i => i.PublishedOn).Max(), clock));
        await Link(xml, "self", root + http.Request.Path + http.Request.QueryString, "application/atom+xml");
        await Link(xml, "alternate", root + links.Url, "text/html");
        await xml.WriteStartElementAsync(null, "author", null);
        await Element(xml, "name", "NewsArchive");
        await xml.WriteEndElementAsync();
        await Element(xml, "generator", "NewsArchive");
        foreach (var hit in results.Items)
        {
            var article = ArticleRoute.For(hit.Id, hit.Slug);
            var url = root + article + (links.IsEmpty ? "" : "?" + links.QueryString);
            await xml.WriteStartElementAsync(null, "entry", null);
            await Element(xml, "id", root + article);
            await Element(xml, "title", hit.Title);
            await Element(xml, "updated", Stamp(hit.PublishedOn, clock));
            if (hit.PublishedOn is { } day)
            {
                await Element(xml, "published", Stamp(day, clock));
            }
            await Link(xml, "alternate", url, "text/html");
            if (hit.Source is not null)
            {
                await xml.WriteStartElementAsync(null, "author", null);
                await Element(xml, "name", hit.Source);
                await xml.WriteEndElementAsync();
            }
            await xml.WriteStartElementAsync(null, "summary", null);
            await xml.WriteAttributeStringAsync(null, "type", null, "html");
            await xml.WriteStringAsync(XmlText(hit.SnippetHtml));
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static string Describe(SearchRequest request)
    {
        var parts = new List<string> { request.Query.HasText ? $"“{request.Query.Text}”" : "newest articles" };
        if (request.Source is not null)
        {
            parts.Add(request.Source);
        }
        if (request.From is not null || request.To is not null)
        {
            parts.Add($"{request.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} to {request.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}");
        }
        if (request.UndatedOnly)
        {
            parts.Add("undated");
        }
        return string.Join(" · ", parts);
    }

    /// <summary>An RFC 3339 time: the publication day at midnight UTC, or now for an undated article (Atom needs one).</summary>
    private static string Stamp(DateOnly? day, TimeProvider clock) =>
        (day is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : clock.GetUtcNow())
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static async Task Element(XmlWriter xml, string name, string value)
    {
        await xml.WriteStartElementAsync(null, name, null);
        await xml.WriteStringAsync(XmlText(value));
        await xml.WriteEndElementAsync();
    }

    private static async Task Link(XmlWriter xml, string rel, string href, string type)
    {
        await xml.WriteStartElementAsync(null, "link", null);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }

    /// <summary>Text XML 1.0 can hold: characters it forbids (control characters, lone surrogates) are dropped.</summary>
    private static string XmlText(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(XmlConvert.IsXmlChar).ToArray());
}
