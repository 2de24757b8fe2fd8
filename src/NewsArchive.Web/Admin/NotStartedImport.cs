namespace NewsArchive.Web.Admin;

/// <summary>A re-import asked for but not started, and why (who holds the import lease, since when).</summary>
/// <param name="StartedBy">Who asked.</param>
/// <param name="At">When it was refused (UTC).</param>
/// <param name="Reason">The importer's sentence: "An import is already running into this archive in process N on host, started by X at …".</param>
public sealed record NotStartedImport(string StartedBy, DateTime At, string Reason);
