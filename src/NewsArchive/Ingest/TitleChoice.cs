namespace NewsArchive.Ingest;

/// <summary>The chosen title; <paramref name="Line"/> is the headline line's text when one was found.</summary>
public sealed record TitleChoice(string Title, bool Derived, string? Line);
