namespace NewsArchive.Search;

/// <summary>
/// A parsed search: the FTS5 MATCH expression built from it (null when there is nothing to look for), the
/// plain words (for "did you mean"), and what the reader should be told about how it was read.
/// </summary>
public sealed record SearchQuery(string Text, string? MatchExpression, IReadOnlyList<QueryTerm> Words, IReadOnlyList<string> Notices)
{
    public static SearchQuery None { get; } = new("", null, [], []);

    /// <summary>Every term looked for, ORed (exclusions left out): what to mark in a part of an article, which may hold only some of them.</summary>
    public string? HighlightExpression { get; init; }

    /// <summary>True when the reader typed something (even if nothing in it could be searched for).</summary>
    public bool HasText => Text.Length > 0;

    /// <summary>True when the text could not be turned into a search (e.g. only exclusions).</summary>
    public bool IsUnusable => HasText && MatchExpression is null;
}
