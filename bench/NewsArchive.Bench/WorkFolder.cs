namespace NewsArchive.Bench;

/// <summary>
/// The bench's work folder (databases, generated corpus). The bench writes and deletes only inside a work
/// folder it made itself, which carries a marker file: an existing folder without the marker is used only
/// when empty, so no one's files are overwritten or deleted.
/// </summary>
internal static class WorkFolder
{
    public const string Marker = ".newsarchive-bench";

    /// <summary>Creates (or adopts, when empty) and marks the folder; refuses a folder with someone else's files.</summary>
    public static void Prepare(string folder)
    {
        if (IsOwned(folder))
        {
            return;
        }
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new BenchSetupException($"The work folder '{folder}' holds files the bench did not make (no {Marker} file); it is left alone. Give an empty or new folder with --work.");
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, Marker), "Made by the NewsArchive bench; it writes and deletes only in folders with this file.\n");
    }

    public static bool IsOwned(string folder) => File.Exists(Path.Combine(folder, Marker));

    /// <summary>Deletes a database file and its journals the bench made in its own work folder.</summary>
    public static void DeleteDatabase(string path)
    {
        if (!IsOwned(Path.GetDirectoryName(Path.GetFullPath(path))!))
        {
            throw new BenchSetupException($"'{path}' is not in a work folder the bench made; it is left alone.");
        }
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
