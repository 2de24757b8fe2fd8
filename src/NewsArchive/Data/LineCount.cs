namespace NewsArchive.Data;

/// <summary>
/// How many articles of the archive contain a short line (the boilerplate learner's short lines), kept up to date by
/// each import batch so the boilerplate learner never rescans the archive. The line's text is not stored.
/// </summary>
public sealed class LineCount
{
    /// <summary>The line's 64-bit hash (the learner's line key), stored as a signed integer.</summary>
    public long Hash { get; set; }

    /// <summary>In how many articles the line appears.</summary>
    public int Files { get; set; }

    /// <summary>
    /// While the line is in fewer than the learner's threshold articles, their ids (32-bit
    /// integers, native byte order), so the articles to re-parse are known the moment it is learned; otherwise null.
    /// </summary>
    public byte[]? Articles { get; set; }
}
