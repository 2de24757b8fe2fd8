using NewsArchive.Data;

namespace NewsArchive.Web.Admin;

/// <summary>A run's per-file results, filtered by outcome, with the links that filter them.</summary>
/// <param name="PagePath">The page the filter links point at.</param>
/// <param name="Outcome">The outcome shown, or null for all.</param>
/// <param name="Counts">How many files had each outcome.</param>
/// <param name="Rows">The results shown (at most <see cref="MaxRows"/>).</param>
/// <param name="Matching">How many results match the filter.</param>
public sealed record FileResultsView(
    string PagePath, ImportOutcome? Outcome, IReadOnlyDictionary<ImportOutcome, int> Counts, IReadOnlyList<FileResultsView.Row> Rows, int Matching)
{
    public const int MaxRows = 1000;

    public sealed record Row(string SourceFile, ImportOutcome Outcome, string? Message, int? ArticleId);

    public static FileResultsView FromMemory(string pagePath, ImportOutcome? outcome, RunSummary run, IEnumerable<ImportFileResult> files)
    {
        ArgumentNullException.ThrowIfNull(run);
        var matching = files.Where(f => outcome is null || f.Outcome == outcome).ToList();
        var rows = matching.Take(MaxRows).Select(f => new Row(f.SourceFile, f.Outcome, f.Message, f.ArticleId)).ToList();
        return new FileResultsView(pagePath, outcome, run.Counts, rows, matching.Count);
    }
}
