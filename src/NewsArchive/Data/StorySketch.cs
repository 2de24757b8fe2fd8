namespace NewsArchive.Data;

/// <summary>
/// What the story finder keeps of one article to compare later ones with it, so it never re-reads article text:
/// its MinHash signature (copies), the terms of its title and lead with their counts (same story), its day and outlet,
/// and the story and copy group it was put in (mirrored on the article for search).
/// </summary>
public sealed class StorySketch
{
    public int ArticleId { get; set; }

    /// <summary>Days since 0001-01-01 plus one (as <see cref="SortKeys"/>); 0 when undated.</summary>
    public int Day { get; set; }

    public string? Source { get; set; }

    public int? StoryId { get; set; }

    /// <summary>The first article of its group of copies; null when it is that first one or has no copy.</summary>
    public int? CopyOfId { get; set; }

    /// <summary>
    /// One-permutation MinHash of the body's word 5-grams (16-bit values, little-endian; 32-bit before migration
    /// OnePermutationSketches); empty for a body under five words.
    /// </summary>
    public byte[] MinHash { get; set; } = [];

    /// <summary>
    /// Lead terms: 32-bit term hash (little-endian) and count (one byte) each; 64-bit hashes before migration
    /// OnePermutationSketches.
    /// </summary>
    public byte[] Terms { get; set; } = [];
}
