namespace NewsArchive.Data;

/// <summary>In how many sketched articles' title and lead a term appears (its document frequency, for IDF weights).</summary>
public sealed class StoryTerm
{
    /// <summary>The term's 64-bit hash.</summary>
    public long Term { get; set; }

    public int Docs { get; set; }
}
