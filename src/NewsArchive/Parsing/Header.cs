namespace NewsArchive.Parsing;

/// <summary>The ` date YYYY-MM-DD` header of a file, if any.</summary>
/// <param name="Present">True when the first line starts with a date header (valid or not).</param>
/// <param name="Date">The header's date when it is a real calendar date.</param>
/// <param name="Rest">The text after the header on the first line (trimmed); the whole line when there is no header.</param>
/// <param name="Warning">Why the header's date was not used, when it was not.</param>
public sealed record Header(bool Present, DateOnly? Date, string Rest, string? Warning);
