namespace NewsArchive.Stories;

/// <summary>An article's sketch as the story finder keeps it, with its day (0 undated), story and copy group.</summary>
internal sealed record StoredSketch(int ArticleId, int Day, int? StoryId, int? CopyOfId, ArticleSketch Sketch);
