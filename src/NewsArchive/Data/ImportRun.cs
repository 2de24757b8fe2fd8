namespace NewsArchive.Data;

/// <summary>One import of the seeds folder, with its counts and per-file results.</summary>
public sealed class ImportRun
{
    public int Id { get; set; }

    public ImportTrigger Trigger { get; set; }

    /// <summary>Who started it (the admin's name, "system" at startup, the OS user for the CLI).</summary>
    public string StartedBy { get; set; } = "";

    public bool DryRun { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public ImportStatus Status { get; set; }

    /// <summary>Why the run failed, or a short note; null when it succeeded quietly.</summary>
    public string? Message { get; set; }

    public int TotalFiles { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Failed { get; set; }

    public int Missing { get; set; }

    public List<ImportFileResult> Files { get; set; } = [];
}
