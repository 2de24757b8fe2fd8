namespace NewsArchive.Stories;

/// <summary>An article's sketch as the story finder keeps it, with its day (0 undated), outlet, story and copy group.</summary>
internal sealed record StoredSketch(int ArticleId, int Day, string? Source, int? StoryId, int? CopyOfId, ArticleSketch Sketch);
