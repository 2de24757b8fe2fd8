namespace NewsArchive.Search;

/// <summary>One word or phrase of a search, as the reader typed it (quotes and operators removed).</summary>
/// <param name="Text">The word or the phrase's words.</param>
/// <param name="Prefix">True for <c>word*</c>: the last word matches as a prefix.</param>
public sealed record QueryTerm(string Text, bool Prefix)
{
    /// <summary>
    /// The term as an FTS5 string: always double-quoted (inner quotes doubled), so nothing the reader typed
    /// is read as FTS5 syntax; FTS5 splits the string into tokens and matches them as a phrase.
    /// </summary>
    public string ToFts() => "\"" + Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (Prefix ? " *" : "");

    /// <summary>True when the term is one plain word (no phrase, no prefix): a candidate for "did you mean".</summary>
    public bool IsPlainWord => !Prefix && Text.All(char.IsLetterOrDigit);
}
