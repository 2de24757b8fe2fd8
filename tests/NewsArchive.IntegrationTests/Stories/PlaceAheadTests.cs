using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsArchive.Boilerplate;
using NewsArchive.Corpus;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Parsing;
using NewsArchive.Stories;

namespace NewsArchive.IntegrationTests.Stories;

/// <summary>
/// A first import places its articles in stories on a thread of its own, ahead of the writer
/// (<see cref="StoryOptions.PlaceAhead"/>): the archive it leaves is the one placing on the writer's thread leaves, to
/// the row, and a batch that fails or an import cancelled while the placing runs ahead leaves what a crash would
/// (the committed batches), which the next import completes into the same archive.
/// </summary>
public sealed class PlaceAheadTests : IDisposable
{
    /// <summary>Three batches (<see cref="ArchiveBatch.Size"/>), the last one partial.</summary>
    private const int Files = 2_300;

    private readonly TempFolder _temp = new();
    private readonly string _seeds;

    public PlaceAheadTests()
    {
        _seeds = _temp.Combine("seeds");
        CorpusGenerator.WriteTo(_seeds, new CorpusGenerator(5, retellPercent: 10, profile: CorpusProfile.ShortItems).Generate(Files));
    }

    [Fact]
    public async Task Placing_ahead_of_the_writer_leaves_the_archive_placing_on_its_thread_leaves()
    {
        var (serial, serialPhases) = await ImportAsync("serial.db", placeAhead: false);
        var (ahead, aheadPhases) = await ImportAsync("ahead.db", placeAhead: true);

        Assert.Equal(serial, ahead);
        Assert.Contains(ahead, row => row.StartsWith("story ", StringComparison.Ordinal));
        Assert.Contains(ahead, row => row.StartsWith("article ", StringComparison.Ordinal) && !row.EndsWith('|'));
        Assert.Equal(0, PlaceAheadSeconds(serialPhases));
        Assert.True(PlaceAheadSeconds(aheadPhases) > 0, aheadPhases);
    }

    [Fact]
    public async Task A_batch_that_fails_while_placing_runs_ahead_keeps_the_batches_before_it_and_the_next_import_completes_the_same_archive()
    {
        var (expected, _) = await ImportAsync("serial.db", placeAhead: false);
        var database = _temp.Combine("failed.db");
        await MigrateAsync(database);
        // The article at 1,500 in name order (the second batch, mid-way): its row is refused while the placing is ahead of it.
        var refused = SeedFolder.Enumerate(_seeds)[1_500].RelativePath;
        await ExecuteAsync(database, $"CREATE TRIGGER refuse BEFORE INSERT ON Articles WHEN NEW.SourceFile = '{refused}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");

        var failed = await RunAsync(database, placeAhead: true, new ArticleTextParser(), CancellationToken.None);

        Assert.Equal(ImportStatus.Failed, failed.Status);
        Assert.Equal(ArchiveBatch.Size, await CountAsync(database, "SELECT count(*) FROM Articles"));
        Assert.Equal(ArchiveBatch.Size, await CountAsync(database, "SELECT count(*) FROM StorySketches"));
        await AssertStoriesConsistentAsync(database);
        await ExecuteAsync(database, "DROP TRIGGER refuse;");

        var completed = await RunAsync(database, placeAhead: true, new ArticleTextParser(), CancellationToken.None);

        Assert.Equal(ImportStatus.Succeeded, completed.Status);
        Assert.Equal((Files - ArchiveBatch.Size, ArchiveBatch.Size), (completed.Added, completed.Unchanged));
        Assert.Equal(expected, await SnapshotAsync(database));
    }

    [Fact]
    public async Task An_import_cancelled_while_placing_runs_ahead_leaves_whole_batches_and_the_next_import_completes_the_same_archive()
    {
        var (expected, _) = await ImportAsync("serial.db", placeAhead: false);
        var database = _temp.Combine("cancelled.db");
        await MigrateAsync(database);
        using var cancel = new CancellationTokenSource();
        // Cancelled while the second batch is being read and parsed, that is while the first is placed and written.
        var parser = new CancellingParser(new ArticleTextParser(), cancelAt: ArchiveBatch.Size + 300, cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RunAsync(database, placeAhead: true, parser, cancel.Token));

        var kept = await CountAsync(database, "SELECT count(*) FROM Articles");
        Assert.Equal(0, kept % ArchiveBatch.Size);
        Assert.Equal(kept, await CountAsync(database, "SELECT count(*) FROM StorySketches"));
        await AssertStoriesConsistentAsync(database);

        var completed = await RunAsync(database, placeAhead: true, new ArticleTextParser(), CancellationToken.None);

        Assert.Equal(ImportStatus.Succeeded, completed.Status);
        Assert.Equal(Files - kept, completed.Added);
        Assert.Equal(expected, await SnapshotAsync(database));
    }

    [Fact]
    public async Task Placing_ahead_twice_gives_the_same_archive()
    {
        var (first, _) = await ImportAsync("first.db", placeAhead: true);
        var (second, _) = await ImportAsync("second.db", placeAhead: true);

        Assert.Equal(first, second);
    }

    public void Dispose() => _temp.Dispose();

    private async Task<(List<string> Rows, string Phases)> ImportAsync(string name, bool placeAhead)
    {
        var database = _temp.Combine(name);
        await MigrateAsync(database);
        var logger = new PhaseLogger();
        var run = await RunAsync(database, placeAhead, new ArticleTextParser(), CancellationToken.None, logger);
        Assert.Equal((ImportStatus.Succeeded, Files), (run.Status, run.Added));
        return (await SnapshotAsync(database), logger.Phases ?? "");
    }

    private async Task<ImportRun> RunAsync(string database, bool placeAhead, IArticleParser parser, CancellationToken ct, ILogger<ArchiveImporter>? logger = null)
    {
        SqliteConnection.ClearAllPools();
        await using var db = Context(database);
        var learner = new BoilerplateLearner(db, new ArticleTextParser(), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<BoilerplateLearner>.Instance);
        var importer = new ArchiveImporter(db, parser, learner, new ImportGate(), TimeProvider.System,
            Options.Create(new StoryOptions { PlaceAhead = placeAhead }), logger ?? new PhaseLogger());
        return await importer.RunAsync(new ImportRequest(_seeds, ImportTrigger.Cli, "test"), ct);
    }

    private static double PlaceAheadSeconds(string phases)
    {
        var part = phases.Split(' ').Single(p => p.StartsWith("place-ahead=", StringComparison.Ordinal));
        return double.Parse(part["place-ahead=".Length..].TrimEnd('s'), CultureInfo.InvariantCulture);
    }

    /// <summary>Every row the stories and their articles are made of, as text, in a fixed order.</summary>
    private static async Task<List<string>> SnapshotAsync(string database)
    {
        var rows = new List<string>();
        await ReadAsync(database, "SELECT 'article ' || Id || '|' || SourceFile || '|' || coalesce(StoryId, '') || '|' || coalesce(CopyOfId, '') FROM Articles ORDER BY Id", rows);
        await ReadAsync(database, "SELECT 'story ' || Id || '|' || Title || '|' || FirstArticleId || '|' || coalesce(FirstPublished, '') || '|' || coalesce(LastPublished, '') || '|' || Size FROM Stories ORDER BY Id", rows);
        await ReadAsync(database, "SELECT 'sketch ' || ArticleId || '|' || Day || '|' || coalesce(Source, '') || '|' || coalesce(StoryId, '') || '|' || coalesce(CopyOfId, '') || '|' || hex(MinHash) || '|' || hex(Terms) FROM StorySketches ORDER BY ArticleId", rows);
        await ReadAsync(database, "SELECT 'keyset ' || ArticleId || '|' || Day || '|' || hex(Keys) FROM StoryKeySets ORDER BY ArticleId", rows);
        await ReadAsync(database, "SELECT 'keyrow ' || Key || '|' || Day || '|' || ArticleId FROM StoryKeys ORDER BY Key, Day, ArticleId", rows);
        await ReadAsync(database, "SELECT 'term ' || Term || '|' || Docs FROM StoryTerms ORDER BY Term", rows);
        return rows;
    }

    /// <summary>Each story has two members or more, its size and first article are its members', and no article is in a story that is not there.</summary>
    private static async Task AssertStoriesConsistentAsync(string database)
    {
        Assert.Equal(0, await CountAsync(database,
            "SELECT count(*) FROM Stories s WHERE s.Size < 2 OR s.Size <> (SELECT count(*) FROM StorySketches m WHERE m.StoryId = s.Id) "
            + "OR s.Size <> (SELECT count(*) FROM Articles a WHERE a.StoryId = s.Id)"));
        Assert.Equal(0, await CountAsync(database, "SELECT count(*) FROM Articles a WHERE a.StoryId IS NOT NULL AND NOT EXISTS (SELECT 1 FROM Stories s WHERE s.Id = a.StoryId)"));
        Assert.Equal(0, await CountAsync(database, "SELECT count(*) FROM Articles a WHERE a.CopyOfId IS NOT NULL AND NOT EXISTS (SELECT 1 FROM Articles c WHERE c.Id = a.CopyOfId)"));
    }

    private static async Task ReadAsync(string database, string sql, List<string> rows)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
    }

    private static async Task<long> CountAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task MigrateAsync(string database)
    {
        await using var db = Context(database);
        await ArchiveDatabase.MigrateAsync(db);
    }

    private static ArchiveDbContext Context(string database) =>
        new(new DbContextOptionsBuilder<ArchiveDbContext>().UseSqlite($"Data Source={database}").Options);

    /// <summary>Parses as the real parser does, and cancels the import when asked for its <c>cancelAt</c>-th file.</summary>
    private sealed class CancellingParser(IArticleParser inner, int cancelAt, CancellationTokenSource cancel) : IArticleParser
    {
        private int _parsed;

        public int MaxFileBytes => inner.MaxFileBytes;

        public ParseResult Parse(string fileName, ReadOnlySpan<byte> bytes, IReadOnlySet<string>? knownBoilerplate = null, DateOnly? today = null)
        {
            if (Interlocked.Increment(ref _parsed) == cancelAt)
            {
                cancel.Cancel();
            }
            return inner.Parse(fileName, bytes, knownBoilerplate, today);
        }
    }

    /// <summary>Keeps the importer's phases line (<see cref="ImportPhases"/>), discards the rest.</summary>
    private sealed class PhaseLogger : ILogger<ArchiveImporter>
    {
        public string? Phases { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            var at = message.IndexOf(" phases: ", StringComparison.Ordinal);
            if (at >= 0)
            {
                Phases = message[(at + " phases: ".Length)..];
            }
        }
    }
}
