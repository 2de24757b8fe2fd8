namespace NewsArchive.Parsing;

/// <summary>The chosen title; <paramref name="Line"/> and <paramref name="Index"/> locate the headline line when one was found.</summary>
public sealed record TitleChoice(string Title, bool Derived, string? Line, int Index = -1);
