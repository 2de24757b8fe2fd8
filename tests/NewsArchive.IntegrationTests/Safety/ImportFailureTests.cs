using Microsoft.Extensions.Options;
using NewsArchive.Stories;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Boilerplate;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Parsing;

namespace NewsArchive.IntegrationTests.Safety;

/// <summary>A locked database or a full disk fails the run with a sentence an admin can act on, and no half article.</summary>
public sealed class ImportFailureTests : IDisposable
{
    private const int Files = 1000;

    private readonly TempFolder _temp = new();
    private readonly string _folder;
    private readonly string _database;

    public ImportFailureTests()
    {
        _folder = _temp.Combine("generated");
        _database = _temp.Combine("archive.db");
        GeneratedArticles.Write(_folder, 0, Files);
    }

    [Fact]
    public async Task A_database_locked_by_another_program_fails_the_run_with_a_clear_message_and_writes_nothing()
    {
        await MigrateAsync();
        await using var locker = new SqliteConnection($"Data Source={_database};Pooling=False");
        await locker.OpenAsync();
        await ArchiveState.ExecuteAsync(locker, "BEGIN EXCLUSIVE");

        await using var db = Context($"Data Source={_database};Pooling=False;Default Timeout=1");
        var run = await Importer(db).RunAsync(new ImportRequest(_folder, ImportTrigger.Cli, "test"));
        await ArchiveState.ExecuteAsync(locker, "ROLLBACK");

        Assert.Equal(ImportStatus.Failed, run.Status);
        Assert.Equal("The database is locked by another program. Nothing of the unfinished batch was written; try again when it is free.", run.Message);
        Assert.Equal(ArchiveState.Consistent(0), await ArchiveState.ReadAsync(_database));
        await AssertNextImportCompletesAsync(alreadyThere: 0);
    }

    [Fact]
    public async Task A_full_disk_mid_import_fails_the_run_keeps_whole_batches_only_and_the_next_import_completes()
    {
        await MigrateAsync();
        await using var connection = new SqliteConnection($"Data Source={_database};Pooling=False");
        await connection.OpenAsync();
        var pages = await ArchiveState.ScalarAsync(connection, "PRAGMA page_count");
        var pageSize = await ArchiveState.ScalarAsync(connection, "PRAGMA page_size");
        // Room (2.4 MB, whatever the page size) for part of these articles, not for all of them: the database cannot grow past it.
        await ArchiveState.ExecuteAsync(connection, $"PRAGMA max_page_count = {pages + (600 * 4096 / pageSize)}");

        await using var db = new ArchiveDbContext(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite(connection).Options);
        var run = await Importer(db).RunAsync(new ImportRequest(_folder, ImportTrigger.Cli, "test"));

        Assert.Equal(ImportStatus.Failed, run.Status);
        Assert.Equal("The disk is full: the database could not grow. Nothing of the unfinished batch was written.", run.Message);
        var state = await ArchiveState.ReadAsync(_database);
        Assert.InRange(state.Articles, 0, Files - 1);
        Assert.Equal(0, state.Articles % ArchiveImporter.BatchSize);
        Assert.Equal(ArchiveState.Consistent(state.Articles), state);
        await AssertNextImportCompletesAsync(state.Articles);
    }

    private async Task AssertNextImportCompletesAsync(int alreadyThere)
    {
        SqliteConnection.ClearAllPools();
        await using var db = Context($"Data Source={_database}");
        var run = await Importer(db).RunAsync(new ImportRequest(_folder, ImportTrigger.Cli, "test"));

        Assert.Equal(ImportStatus.Succeeded, run.Status);
        Assert.Equal((Files - alreadyThere, alreadyThere), (run.Added, run.Unchanged));
        Assert.Equal(ArchiveState.Consistent(Files), await ArchiveState.ReadAsync(_database));
    }

    private async Task MigrateAsync()
    {
        await using var db = Context($"Data Source={_database}");
        await ArchiveDatabase.MigrateAsync(db);
    }

    private static ArchiveDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite(connectionString).Options);

    private static ArchiveImporter Importer(ArchiveDbContext db)
    {
        var parser = new ArticleTextParser();
        var learner = new BoilerplateLearner(db, parser, TimeProvider.System, NullLogger<BoilerplateLearner>.Instance);
        return new(db, parser, learner, new ImportGate(), TimeProvider.System, Options.Create(new StoryOptions()), NullLogger<ArchiveImporter>.Instance);
    }

    public void Dispose() => _temp.Dispose();
}
