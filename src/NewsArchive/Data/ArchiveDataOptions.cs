using Microsoft.Data.Sqlite;

namespace NewsArchive.Data;

/// <summary>
/// Where the archive's database is: the connection string, resolved once by <c>AddArchiveData</c> (from
/// <c>ConnectionStrings:Archive</c>, or given by the CLI's <c>--db</c>), for everything that opens it.
/// </summary>
public sealed class ArchiveDataOptions
{
    /// <summary>A SQLite connection string (a bare file path given to <c>AddArchiveData</c> is turned into one).</summary>
    public string ConnectionString { get; set; } = DataServiceCollectionExtensions.DefaultConnectionString;

    /// <summary>The folder holding the database file; null for an in-memory database.</summary>
    public string? DatabaseFolder => FolderOf(ConnectionString);

    /// <summary>The folder of the database file <paramref name="connectionString"/> names; null for an in-memory database.</summary>
    public static string? FolderOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            ? null
            : Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
    }
}
