using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Io;
using AngleSharp;

namespace NewsArchive.IntegrationTests.Infrastructure;

/// <summary>Reads responses as HTML documents and submits their forms, antiforgery token included.</summary>
public static class Html
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var content = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(request =>
        {
            request.Content(content);
            request.Address(response.RequestMessage?.RequestUri ?? new Uri("http://localhost/"));
            request.Status(response.StatusCode);
            if (response.Content.Headers.ContentType?.ToString() is { } type)
            {
                request.Header(HeaderNames.ContentType, type);
            }
        });
        return (IHtmlDocument)document;
    }

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await ParseAsync(response);
    }

    /// <summary>Posts a form with its own fields (hidden antiforgery token included) overridden by <paramref name="values"/>.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlFormElement form, IDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(form);
        var fields = new Dictionary<string, string>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name)))
        {
            if (input.Type is "checkbox" or "radio" && !input.IsChecked)
            {
                continue;
            }
            fields[input.Name!] = input.Value;
        }
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? form.Owner!.Url : form.Action;
        var target = new Uri(action, UriKind.RelativeOrAbsolute);
        var content = new FormUrlEncodedContent(fields);
        return string.Equals(form.Method, "get", StringComparison.OrdinalIgnoreCase)
            ? client.GetAsync(new UriBuilder(target) { Query = content.ReadAsStringAsync().Result }.Uri)
            : client.PostAsync(target, content);
    }

    public static IHtmlFormElement Form(this IDocument document, string selector) =>
        document.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form matches {selector}");

    /// <summary>The trimmed text of the element with this <c>data-testid</c> (or id).</summary>
    public static string Text(this IDocument document, string testId) =>
        (document.QuerySelector($"[data-testid='{testId}']") ?? document.GetElementById(testId))?.TextContent.Trim()
        ?? throw new InvalidOperationException($"No element with data-testid or id '{testId}'");

    public static IReadOnlyList<IElement> All(this IDocument document, string testId) =>
        document.QuerySelectorAll($"[data-testid='{testId}']").ToList();
}
