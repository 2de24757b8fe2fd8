namespace NewsArchive.Parsing.Titles;

/// <summary>A line that could be the headline, with its score and its index in the document.</summary>
internal sealed record TitleCandidate(string Line, double Score, int Index);
