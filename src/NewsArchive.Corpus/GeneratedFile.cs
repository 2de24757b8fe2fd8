namespace NewsArchive.Corpus;

/// <summary>One generated seed file: where it goes below the corpus folder and what it says.</summary>
/// <param name="RelativePath">'/'-separated path below the output folder.</param>
/// <param name="Text">The file's content (written as UTF-8 without BOM).</param>
public sealed record GeneratedFile(string RelativePath, string Text);
