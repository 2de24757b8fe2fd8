using Microsoft.Extensions.Configuration;
using NewsArchive.Web.Hosting;

namespace NewsArchive.IntegrationTests.Hosting;

public sealed class ArchivePathsTests
{
    private static readonly string s_root = Path.Combine(Path.GetTempPath(), "srv", "newsarchive");

    private static ArchivePaths Resolve(params (string Key, string Value)[] settings) => ArchivePaths.Resolve(
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build(), s_root);

    [Fact]
    public void By_default_the_database_keys_and_logs_live_in_data_under_the_content_root()
    {
        var paths = Resolve();

        Assert.Equal(Path.Combine(s_root, "data", "newsarchive.db"), paths.Database);
        Assert.Equal(Path.Combine(s_root, "data", "keys"), paths.Keys);
        Assert.Equal(Path.Combine(s_root, "data", "logs"), paths.Logs);
        Assert.Contains($"Data Source={Path.Combine(s_root, "data", "newsarchive.db")}", paths.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_paths_are_relative_to_the_content_root_not_the_working_folder()
    {
        var paths = Resolve(("ConnectionStrings:Archive", "Data Source=db/a.db;Cache=Shared"), ("Admin:KeysPath", "secrets"), ("Archive:LogsPath", "../log"));

        Assert.Equal(Path.Combine(s_root, "db", "a.db"), paths.Database);
        Assert.Equal(Path.Combine(s_root, "secrets"), paths.Keys);
        Assert.Equal(Path.GetFullPath(Path.Combine(s_root, "..", "log")), paths.Logs);
        Assert.Contains("Cache=Shared", paths.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void An_in_memory_database_has_no_keys_or_log_folder_and_an_empty_logs_path_turns_the_file_log_off()
    {
        Assert.Null(Resolve(("ConnectionStrings:Archive", "Data Source=x;Mode=Memory;Cache=Shared")).Keys);
        Assert.Null(Resolve(("Archive:LogsPath", "")).Logs);
    }
}
