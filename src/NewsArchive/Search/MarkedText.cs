using System.Net;
using System.Text;

namespace NewsArchive.Search;

/// <summary>
/// FTS5's <c>snippet()</c> and <c>highlight()</c> mark matches with two private-use characters; the text is
/// HTML-encoded first and only then are the markers turned into <c>&lt;mark&gt;</c>, so article text can never
/// inject markup. Markers are paired as they come: a stray one is dropped, an open one is closed.
/// </summary>
internal static class MarkedText
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    public static string ToHtml(string marked)
    {
        ArgumentNullException.ThrowIfNull(marked);
        var html = new StringBuilder(marked.Length + 32);
        var open = false;
        var start = 0;
        for (var i = 0; i <= marked.Length; i++)
        {
            if (i < marked.Length && marked[i] != Open && marked[i] != Close)
            {
                continue;
            }
            html.Append(WebUtility.HtmlEncode(marked[start..i]));
            start = i + 1;
            if (i == marked.Length)
            {
                break;
            }
            if (marked[i] == Open && !open)
            {
                html.Append("<mark>");
                open = true;
            }
            else if (marked[i] == Close && open)
            {
                html.Append("</mark>");
                open = false;
            }
        }
        return open ? html.Append("</mark>").ToString() : html.ToString();
    }

    /// <summary>
    /// The marked text without a leading <paramref name="prefix"/> (compared without markers, case or a trailing
    /// ellipsis): a title derived from an article's first sentence is not repeated by its snippet. Unchanged when the
    /// text does not start with it or nothing would be left.
    /// </summary>
    public static string WithoutLeading(string marked, string prefix)
    {
        ArgumentNullException.ThrowIfNull(marked);
        ArgumentNullException.ThrowIfNull(prefix);
        var plainPrefix = prefix.TrimEnd('…', '.', ' ');
        if (plainPrefix.Length < 12)
        {
            return marked;
        }
        var start = marked.StartsWith('…') ? 1 : 0;
        var matched = 0;
        var i = start;
        for (; i < marked.Length && matched < plainPrefix.Length; i++)
        {
            if (marked[i] is Open or Close)
            {
                continue;
            }
            if (char.ToUpperInvariant(marked[i]) != char.ToUpperInvariant(plainPrefix[matched]))
            {
                return marked;
            }
            matched++;
        }
        // Keep a marker that closes right after the prefix, so the pairs stay balanced.
        var rest = marked[i..].TrimStart(Close).TrimStart(' ', ',', ';', ':', '.', '—', '–');
        return matched < plainPrefix.Length || rest.Trim(Open, Close, ' ', '…').Length < 20 ? marked : "…" + rest;
    }

    /// <summary>The start of plain text, cut at a word, with an ellipsis when cut.</summary>
    public static string Excerpt(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flat = string.Join(' ', text.Split((char[])['\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= maxLength)
        {
            return flat;
        }
        var cut = flat.LastIndexOf(' ', maxLength);
        return string.Concat(flat.AsSpan(0, cut > maxLength / 2 ? cut : maxLength).TrimEnd(",.;:-–— "), "…");
    }
}
