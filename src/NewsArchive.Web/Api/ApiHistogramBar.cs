namespace NewsArchive.Web.Api;

public sealed record ApiHistogramBar(DateOnly From, DateOnly To, string Label, int Count);
