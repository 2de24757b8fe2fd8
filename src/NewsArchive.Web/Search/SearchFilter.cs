using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NewsArchive.Search;

namespace NewsArchive.Web.Search;

/// <summary>
/// The search parameters exactly as they came in the URL (strings, so a bad value is never a binding
/// failure); <see cref="Validate"/> turns them into a <see cref="SearchRequest"/> and a list of problems.
/// Every property reads the query string only (Razor Pages also has a route value called <c>page</c>).
/// </summary>
public sealed class SearchFilter
{
    public const int MaxSourceLength = 200;
    public const int MaxPage = 1_000_000;

    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "from")]
    public string? From { get; set; }

    [FromQuery(Name = "to")]
    public string? To { get; set; }

    [FromQuery(Name = "source")]
    public string? Source { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = "page")]
    public string? Page { get; set; }

    [FromQuery(Name = "pageSize")]
    public string? PageSize { get; set; }

    [FromQuery(Name = "undated")]
    public string? Undated { get; set; }

    /// <summary><c>titles=true</c>: look for the words in titles only.</summary>
    [FromQuery(Name = "titles")]
    public string? Titles { get; set; }

    /// <summary>The API's <c>facets=true</c>: include source counts, the undated count and the histogram.</summary>
    [FromQuery(Name = "facets")]
    public string? Facets { get; set; }

    /// <summary><c>collapse=stories</c> (the default, for a search and for browsing): one result per story; <c>none</c>: every article.</summary>
    [FromQuery(Name = "collapse")]
    public string? Collapse { get; set; }

    /// <summary>The page's <c>story=ID</c>: list that story's members under its result.</summary>
    [FromQuery(Name = "story")]
    public string? Story { get; set; }

    public SearchRequest Validate(SearchOptions options, List<SearchProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(problems);
        (From, To, Source, Sort, Page, PageSize, Undated, Facets) = (Clean(From, "from", problems), Clean(To, "to", problems), Clean(Source, "source", problems),
            Clean(Sort, "sort", problems), Clean(Page, "page", problems), Clean(PageSize, "pageSize", problems), Clean(Undated, "undated", problems), Clean(Facets, "facets", problems));
        (Collapse, Story) = (Clean(Collapse, "collapse", problems), Clean(Story, "story", problems));
        Titles = Clean(Titles, "titles", problems);
        var titles = ReadFlag(Titles, "titles", problems);
        var query = QueryParser.Parse(Q, options.MaxQueryLength, titles);
        problems.AddRange(query.Notices.Select(n => new SearchProblem("q", n)));
        var from = ReadDate(From, "from", end: false, problems);
        var to = ReadDate(To, "to", end: true, problems);
        if (from > to)
        {
            problems.Add(new SearchProblem("to", $"The end date {To} is before the start date {From}; the two were swapped."));
            (from, to) = (to, from);
        }
        var undated = ReadFlag(Undated, "undated", problems);
        if (undated && (from is not null || to is not null))
        {
            problems.Add(new SearchProblem("undated", "Undated articles have no date to filter on; the dates were ignored."));
            (from, to) = (null, null);
        }
        var sort = ReadSort(query, problems);
        var page = ReadNumber(Page, "page", 1, MaxPage, 1, problems);
        var pageSize = ReadNumber(PageSize, "pageSize", 1, options.MaxPageSize, options.PageSize, problems);
        return new SearchRequest(query, from, to, ReadSource(problems), undated, sort, page, pageSize)
        {
            WithFacets = ReadFlag(Facets, "facets", problems),
            TitlesOnly = titles && query.MatchExpression is not null,
            CollapseStories = ReadCollapse(problems),
            ExpandStory = string.IsNullOrWhiteSpace(Story) ? null : ReadNumber(Story, "story", 1, int.MaxValue, 0, problems) is > 0 and var s ? s : null,
        };
    }

    private bool ReadCollapse(List<SearchProblem> problems)
    {
        switch (Collapse?.Trim().ToUpperInvariant())
        {
            case null or "" or "STORIES":
                return true;
            case "NONE":
                return false;
        }
        problems.Add(new SearchProblem("collapse", $"“{Shorten(Collapse)}” is not a way to group results; use stories or none. Showing one result per story."));
        return true;
    }

    /// <summary>
    /// A day (<c>2021-03-20</c>), a month (<c>2021-03</c>) or a year (<c>2021</c>), ASCII digits only: a month or
    /// year starts on its first day as a start date and ends on its last as an end date.
    /// </summary>
    private static DateOnly? ReadDate(string? value, string field, bool end, List<SearchProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        var style = DateTimeStyles.None;
        if (text.All(c => char.IsAsciiDigit(c) || c == '-'))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, style, out var day))
            {
                return day;
            }
            if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, style, out var month))
            {
                return end ? month.AddMonths(1).AddDays(-1) : month;
            }
            if (text.Length == 4 && DateOnly.TryParseExact(text, "yyyy", CultureInfo.InvariantCulture, style, out var year))
            {
                return end ? new DateOnly(year.Year, 12, 31) : year;
            }
        }
        problems.Add(new SearchProblem(field, $"“{Shorten(value)}” is not a date; write it as YYYY-MM-DD (for example 2021-03-20), YYYY-MM or YYYY. The {field} date was ignored."));
        return null;
    }

    private static bool ReadFlag(string? value, string field, List<SearchProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        switch (value.Trim().ToUpperInvariant())
        {
            case "TRUE" or "1" or "YES" or "ON":
                return true;
            case "FALSE" or "0" or "NO" or "OFF":
                return false;
        }
        problems.Add(new SearchProblem(field, $"“{Shorten(value)}” is not true or false; the {field} filter was ignored."));
        return false;
    }

    private SearchSort ReadSort(SearchQuery query, List<SearchProblem> problems)
    {
        var fallback = query.MatchExpression is null ? SearchSort.Newest : SearchSort.Relevance;
        if (string.IsNullOrWhiteSpace(Sort))
        {
            return fallback;
        }
        // Names only: Enum.TryParse would also take numbers and comma lists ("relevance,newest").
        var name = Enum.GetNames<SearchSort>().FirstOrDefault(n => string.Equals(n, Sort.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            problems.Add(new SearchProblem("sort", $"“{Shorten(Sort)}” is not a sort order; use relevance, newest or oldest."));
            return fallback;
        }
        var sort = Enum.Parse<SearchSort>(name);
        return sort == SearchSort.Relevance && query.MatchExpression is null ? SearchSort.Newest : sort;
    }

    private static int ReadNumber(string? value, string field, int min, int max, int fallback, List<SearchProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }
        problems.Add(new SearchProblem(field, $"“{Shorten(value)}” is not a valid {field}: use a whole number from {min} to {max:N0}. Showing {field} {fallback}."));
        return fallback;
    }

    private string? ReadSource(List<SearchProblem> problems)
    {
        var source = Source?.Trim();
        if (string.IsNullOrEmpty(source))
        {
            return null;
        }
        if (source.Length > MaxSourceLength)
        {
            problems.Add(new SearchProblem("source", $"The source name is longer than {MaxSourceLength} characters; the source filter was ignored."));
            return null;
        }
        return source;
    }

    // NUL and other control characters are in no date, number or source name: dropped, and the reader told.
    private static string? Clean(string? value, string field, List<SearchProblem> problems)
    {
        if (value is null || !value.Any(char.IsControl))
        {
            return value;
        }
        problems.Add(new SearchProblem(field, $"The {field} parameter contained control characters (such as NUL); they were removed."));
        return new string([.. value.Where(c => !char.IsControl(c))]);
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}
