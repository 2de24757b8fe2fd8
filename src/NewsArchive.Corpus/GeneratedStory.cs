namespace NewsArchive.Corpus;

/// <summary>The content of one generated article before an outlet's furniture is put around it.</summary>
/// <param name="Headline">The headline.</param>
/// <param name="Date">The publication date.</param>
/// <param name="Paragraphs">The body.</param>
/// <param name="Names">The people and place the story is about.</param>
/// <param name="Event">Label: articles with the same value report the same event (one story).</param>
/// <param name="Text">Label: articles with the same value carry the same text (copies of one agency story).</param>
internal sealed record GeneratedStory(string Headline, DateOnly Date, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Names, int Event = 0, int Text = 0);
