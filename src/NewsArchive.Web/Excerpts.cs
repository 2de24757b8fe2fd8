namespace NewsArchive.Web;

/// <summary>Short previews of article text.</summary>
public static class Excerpts
{
    /// <summary>The start of <paramref name="text"/>, cut at a word, with an ellipsis when cut.</summary>
    public static string Cut(string text, int maxLength)
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
