namespace NewsArchive.Parsing.Dates;

/// <summary>A date written in the text, the line it was read from, and how it was found.</summary>
internal sealed record DateCandidate(int Line, DateOnly Date, DateEvidence Evidence);
