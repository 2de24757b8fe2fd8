namespace NewsArchive.Web.Api;

public sealed record ApiSourceCount(string Source, int Count);
