namespace NewsArchive.Corpus;

/// <summary>One generated seed file: where it goes below the corpus folder and what it says, with its labels.</summary>
/// <param name="RelativePath">'/'-separated path below the output folder.</param>
/// <param name="Text">The file's content (written as UTF-8 without BOM).</param>
/// <param name="Event">Files with the same value report the same event: one story (copies and retellings).</param>
/// <param name="Copy">Files with the same value carry the same text, give or take edits: copies.</param>
public sealed record GeneratedFile(string RelativePath, string Text, int Event = 0, int Copy = 0);
