using Microsoft.Data.Sqlite;
using NewsArchive.Cli;
using NewsArchive.IntegrationTests.Hosting;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Parsing;

namespace NewsArchive.IntegrationTests.Search;

/// <summary>
/// An archive whose searches really take long: the seeds imported by the CLI, then <see cref="Count"/> short wire
/// items that all contain the same words, written into the real schema by SQL (importing that many files would
/// take minutes here) and indexed by FTS5's own <c>rebuild</c>. Two built hosts read it over real sockets, both
/// with relevance ranking unbounded (<c>Search:RankWindow</c>, a setting a site may choose): so a search for a word
/// every item has ranks all of them, a second or more of SQLite work, nothing faked. <see cref="Quick"/> has a
/// request timeout of <see cref="QuickTimeoutSeconds"/>; <see cref="Patient"/> one of 300 s (a full search
/// takes 6 s on a quiet machine and over 15 s while the whole suite runs).
/// </summary>
public sealed class SlowSearchArchive : IAsyncLifetime, IDisposable
{
    public const int Count = 800_000;
    public const double QuickTimeoutSeconds = 1;
    private static readonly TimeSpan s_start = TimeSpan.FromSeconds(120);
    private readonly TempFolder _folder = new();
    private bool _disposed;

    public HostProcess Quick { get; private set; } = null!;

    public HostProcess Patient { get; private set; } = null!;

    public Uri QuickAddress { get; private set; } = null!;

    public Uri PatientAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = _folder.Combine("app.db");
        var seeds = _folder.CopySeeds();
        using (var quiet = new StringWriter())
        {
            Assert.Equal(CliApp.Ok, await CliApp.RunAsync(["import", seeds, "--db", database, "--quiet"], new CliConsole(quiet, quiet, TextReader.Null, Interactive: false), TimeProvider.System));
        }
        await AddWireItemsAsync(database);
        // The items written by SQL have no stories, and must keep none: a rebuild of 800,000 at start would write beside
        // the searches measured and lock the second host's migration out.
        string[] common = [$"--ConnectionStrings:Archive=Data Source={database}", $"--Archive:SeedsPath={seeds}", "--Search:RankWindow=100000000", "--Search:FacetWindow=100000000",
            "--Archive:RebuildStoriesOnStartup=false"];
        Quick = new HostProcess(_folder.Path, [.. common, $"--Requests:TimeoutSeconds={QuickTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}"]);
        // One after the other: two hosts starting at once on one new database race to store the generated admin password.
        QuickAddress = await Quick.WaitForAddressAsync(s_start);
        Patient = new HostProcess(_folder.Path, [.. common, "--Requests:TimeoutSeconds=300"]);
        PatientAddress = await Patient.WaitForAddressAsync(s_start);
    }

    private static async Task AddWireItemsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        // Undated sort keys above the seeds'; every item has "flood", "water", "river" and "council" several times.
        command.CommandText = $"""
            INSERT INTO Articles (SortKey, Slug, Title, TitleDerived, PublishedOn, DateSource, Source, Body, WordCount, SourceFile, ContentHash,
                RawText, LineRoles, Warnings, ParserVersion, IsMissing, ImportedAt, UpdatedAt)
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Count}),
                 t(i, title, body) AS (SELECT i, 'Flood report number ' || i,
                     'Flood water rose in district ' || (i % 977) || ' overnight and the river bank gave way near gate ' || (i % 13)
                     || '. The council met at dawn; the flood was discussed by everyone present, and the water board said the river would fall by the evening.'
                     FROM n)
            SELECT 100000 + i, 'flood-report-' || i, title, 0, NULL, 'None', 'Bulk Wire', body, 40, 'bulk/' || i || '.txt', printf('%064d', i),
                title || char(10) || char(10) || body, 't_x_b', NULL, {ArticleTextParser.Version}, 0, '2026-12-01 00:00:00', '2026-12-01 00:00:00'
            FROM t;
            INSERT INTO ArticleSearch(ArticleSearch) VALUES ('rebuild');
            """;
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Once: xUnit calls both DisposeAsync and Dispose on a fixture.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        Quick?.Dispose();
        Patient?.Dispose();
        _folder.Dispose();
    }
}
