namespace NewsArchive.Stories;

/// <summary>Options section <c>Stories</c>.</summary>
public sealed class StoryOptions
{
    public const string SectionName = "Stories";

    /// <summary>Find copies and stories while importing (off: articles get no story; the bench measures the difference).</summary>
    public bool FindAtImport { get; set; } = true;

    /// <summary>
    /// Place a first import's articles in stories on a thread of their own, ahead of the writer, while it can
    /// (off: each is placed on the writer's thread before its row; the same stories either way: the tests compare them).
    /// </summary>
    public bool PlaceAhead { get; set; } = true;
}
