using Microsoft.Data.Sqlite;

namespace NewsArchive.IntegrationTests.Infrastructure;

/// <summary>A private folder for one test (or one factory), deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsarchive-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Copies the repository's seeds into a subfolder and returns its path.</summary>
    public string CopySeeds(string name = "seeds")
    {
        var target = Combine(name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds, "*.txt"))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }
        return target;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow shutdown: the OS temp cleaner gets it.
        }
    }
}
