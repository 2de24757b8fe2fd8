using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Corpus;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Importing;

/// <summary>A seeds folder of generated articles and a migrated file database, with the importer wired as in the hosts.</summary>
public sealed class FastPathHarness : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services;

    public FastPathHarness(int articles, int seed = 17)
    {
        SeedsPath = _folder.Combine("seeds");
        new CorpusGenerator(seed).WriteTo(SeedsPath, articles);
        ConnectionString = $"Data Source={_folder.Combine("archive.db")}";
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddLogging().AddArchiveData(ConnectionString).AddIngest().BuildServiceProvider();
        using var scope = _services.CreateScope();
        ArchiveDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<ArchiveDbContext>()).GetAwaiter().GetResult();
    }

    public string SeedsPath { get; }

    public string ConnectionString { get; }

    public IEnumerable<string> Files => Directory.EnumerateFiles(SeedsPath, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public async Task<ImportRun> ImportAsync(bool dryRun = false)
    {
        await using var scope = _services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArchiveImporter>();
        return await importer.TryRunAsync(new ImportRequest(SeedsPath, ImportTrigger.Cli, "test", dryRun))
            ?? throw new InvalidOperationException("An import was already running.");
    }

    public ArchiveDbContext CreateContext() => new(DataServiceCollectionExtensions.CreateOptions(ConnectionString));

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Throws unless the FTS5 index matches the Articles table row for row (rank 1 compares with the content table).</summary>
    public async Task AssertIndexInSyncAsync()
    {
        await using var db = CreateContext();
        await db.Database.ExecuteSqlRawAsync("INSERT INTO ArticleSearch(ArticleSearch, rank) VALUES('integrity-check', 1);");
        Assert.Equal(await ScalarAsync("SELECT count(*) FROM Articles"), await ScalarAsync("SELECT count(*) FROM ArticleSearch_docsize"));
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }
}
