using System.Globalization;

namespace NewsArchive.Search;

/// <summary>One word or phrase of a search, as the reader typed it (quotes and operators removed).</summary>
/// <param name="Text">The word or the phrase's words.</param>
/// <param name="Prefix">True for <c>word*</c>: the last word matches as a prefix.</param>
public sealed record QueryTerm(string Text, bool Prefix)
{
    /// <summary>The FTS5 column of the titles: <c>title:word</c> looks there only.</summary>
    public const string TitleColumn = "Title";

    /// <summary>True for <c>title:word</c> or <c>title:"a phrase"</c>: the term must be in the title.</summary>
    public bool TitleOnly { get; init; }

    /// <summary>For <c>a NEAR/5 b</c>: the terms that must stand within <see cref="Distance"/> words of each other.</summary>
    public IReadOnlyList<QueryTerm>? Near { get; init; }

    /// <summary>The most words allowed between the terms of <see cref="Near"/>.</summary>
    public int Distance { get; init; }

    /// <summary>Two or more terms within <paramref name="distance"/> words of each other (FTS5 <c>NEAR</c>).</summary>
    public static QueryTerm NearOf(IReadOnlyList<QueryTerm> terms, int distance)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return new QueryTerm(string.Join(' ', terms.Select(t => t.Text)), false) { Near = terms, Distance = distance };
    }

    /// <summary>
    /// The term as FTS5 syntax: every string the reader typed is double-quoted (inner quotes doubled), so nothing
    /// is read as FTS5 syntax; FTS5 splits the string into tokens and matches them as a phrase. Only the operators
    /// this class writes itself (<c>NEAR(…, N)</c> with a number it parsed, the column name, <c>*</c>) are unquoted.
    /// </summary>
    public string ToFts()
    {
        var phrase = Near is { } near
            ? "NEAR(" + string.Join(' ', near.Select(t => t.Phrase())) + ", " + Distance.ToString(CultureInfo.InvariantCulture) + ")"
            : Phrase();
        return TitleOnly ? TitleColumn + " : " + phrase : phrase;
    }

    private string Phrase() => "\"" + Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (Prefix ? " *" : "");

    /// <summary>True when the term is one plain word (no phrase, no prefix): a candidate for "did you mean".</summary>
    public bool IsPlainWord => !Prefix && Near is null && Text.All(char.IsLetterOrDigit);
}
