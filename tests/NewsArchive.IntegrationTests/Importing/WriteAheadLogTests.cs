using Microsoft.Data.Sqlite;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.IntegrationTests.Safety;

namespace NewsArchive.IntegrationTests.Importing;

/// <summary>
/// The write-ahead log does not stay large while a web host keeps pooled connections open: an import cuts it back to
/// <see cref="WriteAheadLog.SizeLimitBytes"/> whenever it starts over, and empties it at the end.
/// </summary>
public sealed class WriteAheadLogTests
{
    private const int Files = 5 * ArchiveImporter.BatchSize;

    [Fact]
    public async Task A_log_grown_past_the_limit_is_cut_back_between_an_imports_transactions_and_emptied_at_its_end_with_a_connection_kept_open()
    {
        await using var harness = new ImportHarness();
        GeneratedArticles.Write(harness.SeedsPath, 0, Files);
        await using (var db = harness.OpenDb())
        {
            await ArchiveDatabase.MigrateAsync(db);
        }
        var wal = new SqliteConnectionStringBuilder(harness.ConnectionString).DataSource + "-wal";
        // A web host's pooled connection: open for the whole test, as the host's would be.
        await using var pooled = new SqliteConnection(harness.ConnectionString + ";Pooling=False");
        await pooled.OpenAsync();
        await GrowLogPastLimitAsync(harness.ConnectionString, pooled);
        Assert.True(Length(wal) > WriteAheadLog.SizeLimitBytes, $"the log is {Length(wal)} bytes before the import");

        var samples = new List<(int Done, long Bytes)>();
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (harness.Gate.Current is { } progress)
                {
                    samples.Add((progress.Done, Length(wal)));
                }
                await Task.Delay(2);
            }
        });
        var run = await harness.ImportAsync();
        await stop.CancelAsync();
        await sampler;

        Assert.Equal((ImportStatus.Succeeded, Files), (run.Status, run.Added));
        // Once the reader is gone, a commit's checkpoint copies the whole log into the database, the next transaction
        // starts the log over, and its commit cuts the file back: from the fourth batch on, that has happened.
        var later = samples.Where(s => s.Done > 3 * ArchiveImporter.BatchSize).ToList();
        Assert.NotEmpty(later);
        Assert.All(later, s => Assert.InRange(s.Bytes, 0, WriteAheadLog.SizeLimitBytes));
        Assert.Equal(0, Length(wal));
        Assert.Equal(Files, await ArchiveState.ScalarAsync(pooled, "SELECT count(*) FROM Articles"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_commit_whose_checkpoint_could_not_copy_the_whole_log_is_followed_by_a_transaction_that_starts_it_over(bool startOver)
    {
        // What left the log growing by every transaction at a million articles: a commit's own checkpoint could not copy
        // all of the log (another writer took the lock the moment the commit ended and wrote while the checkpoint ran;
        // here, the same end state made deterministic, a reader held an older snapshot), so the next transaction found
        // it not wholly copied and appended instead of starting over. StartOver after the commit copies the rest. The
        // run without it is the control: the same steps leave the log growing, so the check can fail.
        using var folder = new TempFolder();
        var path = folder.Combine("log.db");
        var wal = path + "-wal";
        await using var writer = new SqliteConnection($"Data Source={path};Pooling=False");
        await using var reader = new SqliteConnection($"Data Source={path};Pooling=False");
        await writer.OpenAsync();
        await reader.OpenAsync();
        await ArchiveState.ExecuteAsync(writer, "PRAGMA journal_mode=WAL; CREATE TABLE Filler (Bytes BLOB); CREATE TABLE Other (Id INTEGER PRIMARY KEY)");
        await ArchiveState.ExecuteAsync(writer, "INSERT INTO Filler VALUES (randomblob(4000000))");

        await ArchiveState.ExecuteAsync(reader, "BEGIN");
        await ArchiveState.ScalarAsync(reader, "SELECT count(*) FROM Filler");
        await ArchiveState.ExecuteAsync(writer, "BEGIN IMMEDIATE; INSERT INTO Filler VALUES (randomblob(4000000)); COMMIT");
        await ArchiveState.ExecuteAsync(reader, "COMMIT");
        var before = Salt(wal);
        if (startOver)
        {
            Assert.True(WriteAheadLog.StartOver(writer));
        }
        await ArchiveState.ExecuteAsync(writer, "BEGIN IMMEDIATE; INSERT INTO Other VALUES (1); COMMIT");

        // The first salt of the log's header is one more each time the log starts over.
        Assert.Equal(startOver, Salt(wal) != before);
    }

    /// <summary>The first salt of the log's header (bytes 16–19, big-endian), which SQLite adds one to whenever the log starts over.</summary>
    private static uint Salt(string wal)
    {
        Span<byte> header = stackalloc byte[20];
        using var file = new FileStream(wal, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return file.Read(header) == header.Length ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(header[16..]) : 0;
    }

    /// <summary>Writes ~80 MB while <paramref name="reader"/> holds a snapshot, so no checkpoint can start the log over; then drops it again.</summary>
    private static async Task GrowLogPastLimitAsync(string connectionString, SqliteConnection reader)
    {
        await using var writer = new SqliteConnection(connectionString + ";Pooling=False");
        await writer.OpenAsync();
        await ArchiveState.ExecuteAsync(reader, "BEGIN");
        await ArchiveState.ScalarAsync(reader, "SELECT count(*) FROM Articles");
        await ArchiveState.ExecuteAsync(writer, "CREATE TABLE TestFiller (Bytes BLOB)");
        for (var i = 0; i < 80; i++)
        {
            await ArchiveState.ExecuteAsync(writer, "INSERT INTO TestFiller VALUES (randomblob(1048576))");
        }
        await ArchiveState.ExecuteAsync(writer, "DROP TABLE TestFiller");
        await ArchiveState.ExecuteAsync(reader, "COMMIT");
    }

    private static long Length(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? file.Length : 0;
    }
}
