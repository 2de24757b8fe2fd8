using NewsArchive.Data;

namespace NewsArchive.Web.Admin;

/// <summary>A run's per-file results, filtered by outcome, with the links that filter them.</summary>
/// <param name="PagePath">The page the filter links point at.</param>
/// <param name="Outcome">The outcome shown, or null for all.</param>
/// <param name="Counts">How many files had each outcome.</param>
/// <param name="Rows">The results of the page shown (at most <see cref="PageSize"/>).</param>
/// <param name="Matching">How many results match the filter.</param>
/// <param name="Page">The page shown (1-based).</param>
public sealed record FileResultsView(
    string PagePath, ImportOutcome? Outcome, IReadOnlyDictionary<ImportOutcome, int> Counts, IReadOnlyList<FileResultsView.Row> Rows, int Matching, int Page = 1)
{
    public const int PageSize = 200;

    /// <summary>An <c>outcome</c> parameter that names no outcome (all files are shown, and the page says why).</summary>
    public string? UnknownOutcome { get; init; }

    /// <summary>Reads <c>?outcome=</c> (any case); an unknown name gives null and <paramref name="unknown"/>.</summary>
    public static ImportOutcome? ParseOutcome(string? value, out string? unknown)
    {
        unknown = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var name = Enum.GetNames<ImportOutcome>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is null)
        {
            unknown = value.Length <= 40 ? value : value[..40] + "…";
            return null;
        }
        return Enum.Parse<ImportOutcome>(name);
    }

    public sealed record Row(string SourceFile, ImportOutcome Outcome, string? Message, int? ArticleId);

    public int PageCount => AdminPaging.PageCount(Matching, PageSize);

    /// <summary>The address of another page of this list, keeping the filter.</summary>
    public string PageLink(int page) =>
        PagePath + "?" + (Outcome is { } o ? $"outcome={o}&" : "") + "page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static FileResultsView FromMemory(string pagePath, ImportOutcome? outcome, RunSummary run, IEnumerable<ImportFileResult> files, int page = 1)
    {
        ArgumentNullException.ThrowIfNull(run);
        var matching = files.Where(f => outcome is null || f.Outcome == outcome).OrderBy(f => AdminFormat.OutcomeOrder(f.Outcome)).ToList();
        page = AdminPaging.Clamp(page, matching.Count, PageSize);
        var rows = matching.Skip((page - 1) * PageSize).Take(PageSize).Select(f => new Row(f.SourceFile, f.Outcome, f.Message, f.ArticleId)).ToList();
        return new FileResultsView(pagePath, outcome, run.Counts, rows, matching.Count, page);
    }
}
