namespace NewsArchive.Stories;

/// <summary>
/// Where a new article goes: its story (null: alone), the first article of its copies (null: none), and the terms it
/// is found by (as slots of the run's counts, see <see cref="DocumentCounts"/>).
/// </summary>
public sealed record StoryPlacement(int? StoryId, int? CopyOfId, IReadOnlyList<int> KeySlots);
