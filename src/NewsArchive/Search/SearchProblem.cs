namespace NewsArchive.Search;

/// <summary>A parameter that could not be used as given, and what was done instead.</summary>
/// <param name="Field">The URL parameter (<c>q</c>, <c>from</c>, <c>page</c>...).</param>
/// <param name="Message">A sentence for the reader.</param>
public sealed record SearchProblem(string Field, string Message);
