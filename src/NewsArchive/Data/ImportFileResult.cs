namespace NewsArchive.Data;

/// <summary>What one import run did with one file.</summary>
public sealed class ImportFileResult
{
    public long Id { get; set; }

    public int ImportRunId { get; set; }

    public string SourceFile { get; set; } = "";

    public ImportOutcome Outcome { get; set; }

    /// <summary>The reason for a failure, or a warning worth reading; null otherwise.</summary>
    public string? Message { get; set; }

    public int? ArticleId { get; set; }
}
