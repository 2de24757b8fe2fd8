namespace NewsArchive.Bench;

/// <summary>The import section's figures: the app against the raw engine on the same corpus.</summary>
internal sealed record ImportResults(ImportFigures App, ImportFigures Raw, long CorpusBytes, long AppDatabaseBytes, long RawDatabaseBytes, string AppDatabase)
{
    /// <summary>The app's import without finding stories, and its database's size.</summary>
    public (ImportFigures Figures, long DatabaseBytes)? WithoutStories { get; init; }

    /// <summary>The app side itself imported without finding stories (<c>--without-stories</c>).</summary>
    public bool AppWithoutStories { get; init; }
}
