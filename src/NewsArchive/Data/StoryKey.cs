namespace NewsArchive.Data;

/// <summary>
/// One lookup key of an article for the story finder: an LSH band of its MinHash (copies) or one of its rarest
/// lead terms (same story), with its day, so a new article finds its candidates by key and day window, never a scan.
/// </summary>
public sealed class StoryKey
{
    public long Key { get; set; }

    /// <summary>The article's day (see <see cref="StorySketch.Day"/>); 0 for undated articles and for band keys.</summary>
    public int Day { get; set; }

    public int ArticleId { get; set; }
}
