namespace NewsArchive.Stories;

/// <summary>Options section <c>Stories</c>.</summary>
public sealed class StoryOptions
{
    public const string SectionName = "Stories";

    /// <summary>Find copies and stories while importing (off: articles get no story; the bench measures the difference).</summary>
    public bool FindAtImport { get; set; } = true;
}
