namespace NewsArchive.Corpus;

/// <summary>The content of one generated article before an outlet's furniture is put around it.</summary>
internal sealed record GeneratedStory(string Headline, DateOnly Date, IReadOnlyList<string> Paragraphs);
