using NewsArchive.Data;

namespace NewsArchive.Importing;

/// <summary>What to import and on whose behalf.</summary>
/// <param name="Folder">The seeds folder (always the configured one; never a path from a web request).</param>
/// <param name="Trigger">What started the import.</param>
/// <param name="StartedBy">Who started it, for the log and the run record.</param>
/// <param name="DryRun">Work out what would happen and write nothing.</param>
public sealed record ImportRequest(string Folder, ImportTrigger Trigger, string StartedBy, bool DryRun = false);
