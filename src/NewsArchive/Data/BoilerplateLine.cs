namespace NewsArchive.Data;

/// <summary>A line the archive has seen in many files (a menu, a footer, a newsletter prompt): boilerplate wherever it appears.</summary>
public sealed class BoilerplateLine
{
    public string Text { get; set; } = "";

    /// <summary>In how many articles the line appeared when it was last counted.</summary>
    public int FileCount { get; set; }

    public DateTime LearnedAt { get; set; }
}
