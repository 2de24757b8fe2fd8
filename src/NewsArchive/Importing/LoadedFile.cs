using NewsArchive.Articles;
using NewsArchive.Boilerplate;
using NewsArchive.Parsing;
using NewsArchive.Stories;

namespace NewsArchive.Importing;

/// <summary>What reading, hashing and parsing one file found, before its outcome is counted and written.</summary>
/// <param name="File">The file.</param>
/// <param name="ReadError">Why it could not be read, or null.</param>
/// <param name="Hash">SHA-256 of its bytes, lower-case hex ("" when unread).</param>
/// <param name="Known">The stored article for this path, if any.</param>
/// <param name="Unchanged">Same bytes and parser version as stored, and not marked missing: nothing to do.</param>
/// <param name="Parsed">The parse, or null when unread or unchanged.</param>
/// <param name="ReadNote">What reading it did that a person may want to know (a symbolic link followed), or null.</param>
/// <param name="Sketch">The parsed article's story sketch, or null (no article, or stories off).</param>
internal sealed record LoadedFile(SeedFile File, string? ReadError, string Hash, KnownArticle? Known, bool Unchanged, ParseResult? Parsed, string? ReadNote = null, ArticleSketch? Sketch = null)
{
    /// <summary>The parse mapped onto the row to store (id and sort key still to come), or null: no article, or its fields did not map.</summary>
    public Article? Mapped { get; init; }

    /// <summary>The keys of the mapped article's candidate lines for the boilerplate learner, or null.</summary>
    public BatchLines.LineKeys? LineKeys { get; init; }
}
