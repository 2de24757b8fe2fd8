namespace NewsArchive.Stories;

/// <summary>Where a new article goes: its story (null: alone), the first article of its copies (null: none), and the terms it is found by.</summary>
public sealed record StoryPlacement(int? StoryId, int? CopyOfId, IReadOnlyList<long> KeyTerms);
