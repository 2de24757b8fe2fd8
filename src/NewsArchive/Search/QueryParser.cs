namespace NewsArchive.Search;

/// <summary>
/// Reads the search language (DESIGN.md, a contract): words are ANDed, <c>"exact phrase"</c>, <c>OR</c>
/// between two terms, <c>-word</c> or <c>-"phrase"</c> excludes, <c>word*</c> is a prefix; and, added since,
/// <c>title:word</c> (or <c>title:"phrase"</c>) looks in titles only and <c>a NEAR/5 b</c> finds the two within
/// 5 words (<c>NEAR</c> alone: 10). Anything else is plain words. Every term reaches FTS5 as a quoted string,
/// so no input is read as FTS5 syntax.
/// </summary>
public static class QueryParser
{
    public const int DefaultMaxLength = 500;

    /// <summary>More terms than this are dropped: a longer AND chain only slows the index down.</summary>
    public const int MaxTerms = 32;

    public const string ControlCharacterNotice = "The search contained control characters (such as NUL); they were read as spaces.";

    /// <param name="text">What the reader typed.</param>
    /// <param name="maxLength">Longer text is cut (and the reader told).</param>
    /// <param name="titlesOnly">Look for the whole search in titles only (the form's "Titles only").</param>
    public static SearchQuery Parse(string? text, int maxLength = DefaultMaxLength, bool titlesOnly = false)
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
        var termCount = tokens.Count(t => t.Term is not null);
        if (termCount > MaxTerms)
        {
            notices.Add($"The search had {termCount} words; only its first {MaxTerms} words were used.");
            var kept = tokens.Where(t => t.Term is not null).Take(MaxTerms).Last();
            tokens = tokens.TakeWhile(t => t.End <= kept.End).ToList();
            trimmed = trimmed[..kept.End].TrimEnd();
            (groups, excluded) = Group(tokens);
        }
        if (groups.Count == 0)
        {
            notices.Add(excluded.Count > 0
                ? "Add at least one word to look for: a search cannot be only exclusions (-word)."
                : "There is nothing to search for in that text: type words made of letters or digits.");
            return new SearchQuery(trimmed, null, [], notices);
        }
        var words = groups.SelectMany(g => g).Where(t => t.IsPlainWord).ToList();
        var match = Render(groups, excluded);
        return new SearchQuery(trimmed, titlesOnly ? $"{QueryTerm.TitleColumn} : ({match})" : match, words, notices)
        {
            HighlightExpression = string.Join(" OR ", groups.SelectMany(g => g).Select(t => t.ToFts()).Distinct(StringComparer.Ordinal)),
        };
    }

    private static (List<List<QueryTerm>> Groups, List<QueryTerm> Excluded) Group(IReadOnlyList<QueryToken> tokens)
    {
        var groups = new List<List<QueryTerm>>();
        var excluded = new List<QueryTerm>();
        var orPending = false;
        int? nearPending = null;
        var lastWasIncluded = false;
        foreach (var token in tokens)
        {
            if (token.IsOr || token.NearDistance is not null)
            {
                // OR and NEAR join the included terms on either side; anywhere else they are ignored.
                orPending = token.IsOr && lastWasIncluded;
                nearPending = lastWasIncluded ? token.NearDistance : null;
                continue;
            }
            if (token.Excluded)
            {
                excluded.Add(token.Term!);
                lastWasIncluded = orPending = false;
                nearPending = null;
                continue;
            }
            if (nearPending is { } distance)
            {
                groups[^1][^1] = JoinNear(groups[^1][^1], token.Term!, distance);
            }
            else if (orPending)
            {
                groups[^1].Add(token.Term!);
            }
            else
            {
                groups.Add([token.Term!]);
            }
            orPending = false;
            nearPending = null;
            lastWasIncluded = true;
        }
        return (groups, excluded);
    }

    /// <summary><c>a NEAR b NEAR c</c> is one group of three; a title-only term keeps the whole group in titles.</summary>
    private static QueryTerm JoinNear(QueryTerm left, QueryTerm right, int distance)
    {
        var terms = (left.Near ?? [left with { TitleOnly = false }]).Append(right with { TitleOnly = false }).ToList();
        return QueryTerm.NearOf(terms, distance) with { TitleOnly = left.TitleOnly || right.TitleOnly };
    }

    private static string Render(List<List<QueryTerm>> groups, List<QueryTerm> excluded)
    {
        var included = string.Join(" AND ", groups.Select(g => g.Count == 1 ? g[0].ToFts() : "(" + string.Join(" OR ", g.Select(t => t.ToFts())) + ")"));
        return excluded.Count == 0
            ? included
            : $"({included}) NOT ({string.Join(" OR ", excluded.Select(t => t.ToFts()))})";
    }
}
