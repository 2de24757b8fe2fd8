using NewsArchive.Data;

namespace NewsArchive.Importing;

/// <summary>The mutable state of one run: what is known, what was seen, and the counts so far.</summary>
internal sealed class ImportTally(ImportRun run, Dictionary<string, KnownArticle> known)
{
    public ImportRun Run { get; } = run;

    public Dictionary<string, KnownArticle> Known { get; } = known;

    public HashSet<string> Seen { get; } = new(StringComparer.Ordinal);

    public int Done { get; set; }

    public void Count(ImportOutcome outcome)
    {
        switch (outcome)
        {
            case ImportOutcome.Added: Run.Added++; break;
            case ImportOutcome.Updated: Run.Updated++; break;
            case ImportOutcome.Unchanged: Run.Unchanged++; break;
            case ImportOutcome.Failed: Run.Failed++; break;
            case ImportOutcome.Missing: Run.Missing++; break;
            default: throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null);
        }
    }

    public ImportProgress Snapshot(string? currentFile) => new(
        Run.Id, Done, Run.TotalFiles, currentFile, Run.Added, Run.Updated, Run.Unchanged, Run.Failed, Run.Missing);
}
