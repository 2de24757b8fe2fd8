namespace NewsArchive.Search;

/// <summary>
/// Reads the search language (DESIGN.md, a contract): words are ANDed, <c>"exact phrase"</c>, <c>OR</c>
/// between two terms, <c>-word</c> or <c>-"phrase"</c> excludes, <c>word*</c> is a prefix. Anything else is
/// plain words. Every term reaches FTS5 as a quoted string, so no input is read as FTS5 syntax.
/// </summary>
public static class QueryParser
{
    public const int DefaultMaxLength = 500;

    /// <summary>More terms than this are dropped: a longer AND chain only slows the index down.</summary>
    public const int MaxTerms = 32;

    public const string ControlCharacterNotice = "The search contained control characters (such as NUL); they were read as spaces.";

    public static SearchQuery Parse(string? text, int maxLength = DefaultMaxLength)
    {
        var notices = new List<string>();
        if (text is not null && text.Any(char.IsControl))
        {
            // NUL ends a string inside SQLite's FTS5 parser, and no word contains a control character.
            text = new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
            notices.Add(ControlCharacterNotice);
        }
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return notices.Count == 0 ? SearchQuery.None : new SearchQuery("", null, [], notices);
        }
        if (trimmed.Length > maxLength)
        {
            trimmed = trimmed[..maxLength];
            notices.Add($"The search was too long; only its first {maxLength} characters were used.");
        }
        var tokens = QueryLexer.Read(trimmed);
        var (groups, excluded) = Group(tokens);
        if (groups.Sum(g => g.Count) + excluded.Count > MaxTerms)
        {
            notices.Add($"Only the first {MaxTerms} words of the search were used.");
            (groups, excluded) = Group(tokens.Take(MaxTerms).ToList());
        }
        if (groups.Count == 0)
        {
            notices.Add(excluded.Count > 0
                ? "Add at least one word to look for: a search cannot be only exclusions (-word)."
                : "There is nothing to search for in that text: type words made of letters or digits.");
            return new SearchQuery(trimmed, null, [], notices);
        }
        var words = groups.SelectMany(g => g).Where(t => t.IsPlainWord).ToList();
        return new SearchQuery(trimmed, Render(groups, excluded), words, notices)
        {
            HighlightExpression = string.Join(" OR ", groups.SelectMany(g => g).Select(t => t.ToFts()).Distinct(StringComparer.Ordinal)),
        };
    }

    private static (List<List<QueryTerm>> Groups, List<QueryTerm> Excluded) Group(IReadOnlyList<QueryToken> tokens)
    {
        var groups = new List<List<QueryTerm>>();
        var excluded = new List<QueryTerm>();
        var orPending = false;
        var lastWasIncluded = false;
        foreach (var token in tokens)
        {
            if (token.IsOr)
            {
                // OR joins the included terms on either side; anywhere else it is ignored.
                orPending = lastWasIncluded;
                continue;
            }
            if (token.Excluded)
            {
                excluded.Add(token.Term!);
                lastWasIncluded = orPending = false;
                continue;
            }
            if (orPending)
            {
                groups[^1].Add(token.Term!);
            }
            else
            {
                groups.Add([token.Term!]);
            }
            orPending = false;
            lastWasIncluded = true;
        }
        return (groups, excluded);
    }

    private static string Render(List<List<QueryTerm>> groups, List<QueryTerm> excluded)
    {
        var included = string.Join(" AND ", groups.Select(g => g.Count == 1 ? g[0].ToFts() : "(" + string.Join(" OR ", g.Select(t => t.ToFts())) + ")"));
        return excluded.Count == 0
            ? included
            : $"({included}) NOT ({string.Join(" OR ", excluded.Select(t => t.ToFts()))})";
    }
}
