using NewsArchive.Data;

namespace NewsArchive.Web.Admin;

public static class RunQueries
{
    public static IQueryable<RunSummary> ToSummaries(this IQueryable<ImportRun> runs) =>
        runs.Select(r => new RunSummary(r.Id, r.Trigger, r.StartedBy, r.DryRun, r.StartedAt, r.FinishedAt, r.Status, r.Message,
            r.TotalFiles, r.Added, r.Updated, r.Unchanged, r.Failed, r.Missing));

    public static IQueryable<FileResultsView.Row> ToRows(this IQueryable<ImportFileResult> files) =>
        files.Select(f => new FileResultsView.Row(f.SourceFile, f.Outcome, f.Message, f.ArticleId));
}
