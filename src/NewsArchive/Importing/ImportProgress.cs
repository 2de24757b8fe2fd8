namespace NewsArchive.Importing;

/// <summary>A snapshot of a running import, for progress displays.</summary>
public sealed record ImportProgress(
    int RunId,
    int Done,
    int Total,
    string? CurrentFile,
    int Added,
    int Updated,
    int Unchanged,
    int Failed,
    int Missing);
