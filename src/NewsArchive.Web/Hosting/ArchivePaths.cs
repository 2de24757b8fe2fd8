using Microsoft.Data.Sqlite;
using NewsArchive.Data;
using NewsArchive.Web.Admin;

namespace NewsArchive.Web.Hosting;

/// <summary>
/// Where the host keeps its files, resolved one way: a relative path is relative to the content root (the
/// working folder when it holds <c>appsettings.json</c>, else the app's own folder, see <see cref="HostStart"/>).
/// The keys and logs default to <c>keys/</c> and <c>logs/</c> beside the database; a relative seeds folder that
/// the content root lacks is looked for in its parent folders (so <c>dotnet run</c> finds the repository's).
/// </summary>
public sealed record ArchivePaths(string ContentRoot, string ConnectionString, string? Database, string? Keys, string? Logs, string Seeds)
{
    public const string LogsPathKey = "Archive:LogsPath";

    public bool SeedsExist => Directory.Exists(Seeds);

    public static ArchivePaths Resolve(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = new SqliteConnectionStringBuilder(DataServiceCollectionExtensions.NormaliseConnectionString(
            configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName) ?? DataServiceCollectionExtensions.DefaultConnectionString));
        string? database = null;
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource is not ("" or ":memory:"))
        {
            database = Path.GetFullPath(builder.DataSource, contentRoot);
            builder.DataSource = database;
        }
        var besideDatabase = database is null ? null : Path.GetDirectoryName(database);
        var seeds = SeedsFolder.Resolve(configuration[$"{ArchiveOptions.SectionName}:{nameof(ArchiveOptions.SeedsPath)}"] is { Length: > 0 } s ? s : "seeds", contentRoot);
        return new ArchivePaths(
            contentRoot,
            builder.ToString(),
            database,
            Folder(configuration[$"{AdminOptions.SectionName}:{nameof(AdminOptions.KeysPath)}"], besideDatabase, "keys", contentRoot),
            Folder(configuration[LogsPathKey], besideDatabase, "logs", contentRoot),
            seeds);
    }

    /// <summary>A configured folder (relative to the content root; empty turns it off), else <paramref name="name"/> beside the database.</summary>
    private static string? Folder(string? configured, string? besideDatabase, string name, string contentRoot) => configured switch
    {
        null => besideDatabase is null ? null : Path.Combine(besideDatabase, name),
        "" => null,
        _ => Path.GetFullPath(configured, contentRoot),
    };
}
