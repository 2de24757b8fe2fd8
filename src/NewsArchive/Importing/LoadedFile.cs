using NewsArchive.Parsing;

namespace NewsArchive.Importing;

/// <summary>What reading, hashing and parsing one file found, before its outcome is counted and written.</summary>
/// <param name="File">The file.</param>
/// <param name="ReadError">Why it could not be read, or null.</param>
/// <param name="Hash">SHA-256 of its bytes, lower-case hex ("" when unread).</param>
/// <param name="Known">The stored article for this path, if any.</param>
/// <param name="Unchanged">Same bytes and parser version as stored, and not marked missing: nothing to do.</param>
/// <param name="Parsed">The parse, or null when unread or unchanged.</param>
internal sealed record LoadedFile(SeedFile File, string? ReadError, string Hash, KnownArticle? Known, bool Unchanged, ParseResult? Parsed);
