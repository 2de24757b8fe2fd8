namespace NewsArchive.Ingest;

/// <summary>One file of the seeds folder.</summary>
/// <param name="RelativePath">The path below the seeds folder, '/'-separated: the article's stable identity.</param>
/// <param name="FullPath">Where to read it.</param>
public sealed record SeedFile(string RelativePath, string FullPath);
