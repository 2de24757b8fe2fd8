namespace NewsArchive.Importing;

/// <summary>One file of the seeds folder.</summary>
/// <param name="Root">The seeds folder's full path (one string shared by all its files).</param>
/// <param name="RelativePath">The path below the seeds folder, '/'-separated: the article's stable identity.</param>
public sealed record SeedFile(string Root, string RelativePath)
{
    /// <summary>Where to read it; built when needed, so a million files do not keep a million full paths.</summary>
    public string FullPath => Path.Combine(Root, RelativePath);
}
