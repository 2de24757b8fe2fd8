namespace NewsArchive.Web.Caching;

/// <summary>The archive's connection string, for the few singletons that open their own short-lived connection.</summary>
internal sealed record ArchiveConnectionString(string Value);
