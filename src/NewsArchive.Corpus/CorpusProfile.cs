namespace NewsArchive.Corpus;

/// <summary>What kind of articles a corpus holds.</summary>
public enum CorpusProfile
{
    /// <summary>Web pages: 300 to 1,200 words (~4.3 KB) inside an outlet's navigation, share buttons and footer.</summary>
    LongPages,

    /// <summary>
    /// Short items as wire feeds and press offices send them (~1–2 KB): one- or two-paragraph briefs with a
    /// dateline and credit line, tables of figures, statements; little page furniture.
    /// </summary>
    ShortItems,
}

/// <summary>The profiles' names on command lines: <c>long</c> and <c>short</c>.</summary>
public static class CorpusProfiles
{
    public static string Name(CorpusProfile profile) => profile == CorpusProfile.ShortItems ? "short" : "long";

    /// <summary>The profile called <paramref name="name"/> (<c>long</c> or <c>short</c>), or null.</summary>
    public static CorpusProfile? Parse(string? name) => name switch
    {
        "long" => CorpusProfile.LongPages,
        "short" => CorpusProfile.ShortItems,
        _ => null,
    };
}
