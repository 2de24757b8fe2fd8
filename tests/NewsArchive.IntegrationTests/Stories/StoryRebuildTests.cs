using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsArchive.Data;
using NewsArchive.IntegrationTests.Admin;
using NewsArchive.IntegrationTests.Data;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Stories;

namespace NewsArchive.IntegrationTests.Stories;

/// <summary>
/// The app started on an archive whose story rows the migration <c>OnePermutationSketches</c> forgot (the fixture of
/// <see cref="OnePermutationUpgradeTests"/>, made by main 0670c39): it answers at once and rebuilds the stories in
/// the background, as a job the admin page and <c>/admin/progress</c> show; the next start finds nothing to do; a
/// re-import asked for meanwhile waits for the rebuild and ends with the same stories; a shutdown stops it and the
/// next start goes on.
/// </summary>
public sealed class StoryRebuildTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(90);
    private readonly TempFolder _folder = new();

    private string Database => _folder.Combine("archive.db");

    [Fact]
    public async Task An_upgraded_archive_gets_its_stories_in_the_background_and_the_next_start_rebuilds_nothing()
    {
        CopyFixture();
        var fresh = await FreshImportPartitionAsync();
        await using (var app = new ExistingArchive(Database))
        {
            using var client = await app.SignedInClientAsync();
            // The server answers while the job runs or before it has begun: every article is there at once.
            var all = await client.GetFromJsonAsync<JsonElement>("/api/articles?collapse=none&pageSize=1");
            Assert.Equal(OnePermutationUpgradeTests.Articles, all.GetProperty("total").GetInt32());

            var ended = await WaitForRebuildAsync(client, r => !r.Active);

            Assert.Equal((StoryRebuild.Finished, "Rebuilding stories"), (ended.State, ended.Name));
            Assert.Equal((OnePermutationUpgradeTests.Articles, OnePermutationUpgradeTests.Articles), (ended.Placed, ended.Total));
            Assert.Equal(fresh, await UpgradeTests.RowsAsync(Database, OnePermutationUpgradeTests.PartitionSql));
            var admin = await client.GetDocumentAsync("/admin");
            Assert.Equal(StoryRebuild.Finished, admin.All("rebuild-ended")[0].GetAttribute("data-state"));
            Assert.Contains(app.Logs.Entries, e => e.Message.StartsWith($"Rebuilding stories finished: {OnePermutationUpgradeTests.Articles} articles placed", StringComparison.Ordinal));

            // What a reader sees: browsing and searching are one entry a story, the API items carry it, its page lists it.
            var stories = await UpgradeTests.RowsAsync(Database, "SELECT StoryId, count(*) FROM Articles WHERE StoryId IS NOT NULL GROUP BY StoryId ORDER BY StoryId");
            Assert.NotEmpty(stories);
            var inStories = stories.Sum(s => int.Parse(s[1]!, CultureInfo.InvariantCulture));
            var browse = await client.GetFromJsonAsync<JsonElement>("/api/articles?pageSize=100");
            Assert.Equal(OnePermutationUpgradeTests.Articles - inStories + stories.Count, browse.GetProperty("stories").GetInt32());
            var largest = stories.OrderByDescending(s => int.Parse(s[1]!, CultureInfo.InvariantCulture)).First();
            var (storyId, size) = (int.Parse(largest[0]!, CultureInfo.InvariantCulture), int.Parse(largest[1]!, CultureInfo.InvariantCulture));
            Assert.True(size > 1);
            var story = await client.GetFromJsonAsync<JsonElement>($"/api/stories/{storyId}");
            Assert.Equal(size, story.GetProperty("members").GetArrayLength());
            var page = await client.GetDocumentAsync($"/stories/{storyId}");
            Assert.Equal(size, page.All("story-member").Count);
            var member = story.GetProperty("members")[0].GetProperty("id").GetInt32();
            var title = (await UpgradeTests.RowsAsync(Database, $"SELECT Title FROM Articles WHERE Id = {member}"))[0][0]!;
            var word = title.Split(' ').Select(w => new string(w.Where(char.IsLetter).ToArray())).MaxBy(w => w.Length)!;
            var collapsed = await client.GetFromJsonAsync<JsonElement>($"/api/articles?q={Uri.EscapeDataString(word)}&pageSize=100");
            var every = await client.GetFromJsonAsync<JsonElement>($"/api/articles?q={Uri.EscapeDataString(word)}&pageSize=100&collapse=none");
            var item = Assert.Single(InStory(collapsed, storyId));
            Assert.Equal(size, item.GetProperty("storySize").GetInt32());
            Assert.True(InStory(every, storyId).Count > 1, $"'{word}' finds one member of story {storyId} of {size}");
            Assert.True(collapsed.GetProperty("stories").GetInt32() < collapsed.GetProperty("total").GetInt32());
        }

        await using (var again = new ExistingArchive(Database))
        {
            using var client = await again.SignedInClientAsync();
            var progress = await ProgressAsync(client);

            Assert.Null(progress.Rebuild);
            Assert.False(progress.Running);
            Assert.DoesNotContain(again.Logs.Entries, e => e.Message.Contains("Rebuilding stories", StringComparison.Ordinal)
                || e.Message.Contains("have no stories", StringComparison.Ordinal));
            Assert.Empty((await client.GetDocumentAsync("/admin")).All("rebuild-ended"));
            Assert.Equal(fresh, await UpgradeTests.RowsAsync(Database, OnePermutationUpgradeTests.PartitionSql));
        }
    }

    [Fact]
    public async Task A_complete_archive_gets_no_rebuild_job()
    {
        await using var harness = new ImportHarness();
        OnePermutationUpgradeTests.WriteFiles(harness.SeedsPath);
        Assert.Equal(OnePermutationUpgradeTests.Articles, (await harness.ImportAsync()).Added);
        SqliteConnection.ClearAllPools();
        File.Copy(new SqliteConnectionStringBuilder(harness.ConnectionString).DataSource, Database);

        await using var app = new ExistingArchive(Database);
        using var client = await app.SignedInClientAsync();

        var progress = await ProgressAsync(client);
        Assert.Null(progress.Rebuild);
        Assert.False(progress.Running);
        Assert.DoesNotContain(app.Logs.Entries, e => e.Message.Contains("Rebuilding stories", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reimport_asked_for_while_the_stories_are_rebuilt_waits_for_the_rebuild_and_ends_with_the_same_stories()
    {
        CopyFixture();
        var fresh = await FreshImportPartitionAsync();
        // Another process imports (a lease of a live holder on another machine): the rebuild waits for it, deterministically.
        await HoldLeaseElsewhereAsync();
        await using var app = new ExistingArchive(Database);
        using var client = await app.SignedInClientAsync();
        var waiting = await WaitForRebuildAsync(client, r => r.State == StoryRebuild.Waiting);
        Assert.Contains("another-host", waiting.Message, StringComparison.Ordinal);
        var runsBefore = await app.CountRunsAsync();

        var asked = await client.SubmitOnAsync("/admin", "#reimport-form", AdminSession.Confirmed);

        Assert.Equal("Re-import queued: it starts when the stories have been rebuilt.", asked.Text("status-message"));
        var queued = await ProgressAsync(client);
        Assert.True(queued.Running);
        Assert.True(queued.ImportWaiting);
        Assert.Equal("Rebuilding stories", queued.Job);
        Assert.Contains("starts when the stories are rebuilt", asked.Text("rebuild-queue"), StringComparison.Ordinal);
        // A second one is refused, as a second import is.
        var second = await client.SubmitOnAsync("/admin", "#reimport-form", AdminSession.Confirmed);
        Assert.StartsWith("An import is already running", second.Text("status-message"), StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.Equal(runsBefore, await app.CountRunsAsync());

        await ReleaseLeaseAsync();
        await client.WaitForImportAsync();

        var rebuilt = (await ProgressAsync(client)).Rebuild!;
        Assert.Equal((StoryRebuild.Finished, OnePermutationUpgradeTests.Articles), (rebuilt.State, rebuilt.Placed));
        await using (var db = app.OpenDatabase())
        {
            var runs = await db.ImportRuns.AsNoTracking().Where(r => r.Id > 0).OrderBy(r => r.Id).ToListAsync();
            Assert.Equal(runsBefore + 1, runs.Count);
            var run = runs[^1];
            Assert.Equal((ImportStatus.Succeeded, ImportTrigger.Admin, 0, 0), (run.Status, run.Trigger, run.Added, run.Failed));
            Assert.Equal(OnePermutationUpgradeTests.Articles, run.Updated + run.Unchanged);
            // One writer at a time: the import began once the rebuild had ended.
            Assert.True(run.StartedAt >= rebuilt.FinishedAt!.Value.AddMilliseconds(-1), $"import {run.StartedAt:O}, rebuild ended {rebuilt.FinishedAt:O}");
        }
        Assert.Equal(fresh, await UpgradeTests.RowsAsync(Database, OnePermutationUpgradeTests.PartitionSql));
        Assert.Equal([[OnePermutationUpgradeTests.Articles.ToString(CultureInfo.InvariantCulture)]], await UpgradeTests.RowsAsync(Database, "SELECT count(*) FROM StorySketches"));
    }

    [Fact]
    public async Task A_shutdown_stops_the_rebuild_cleanly_and_the_next_start_finishes_it()
    {
        CopyFixture();
        var fresh = await FreshImportPartitionAsync();
        await HoldLeaseElsewhereAsync();
        await using (var app = new ExistingArchive(Database))
        {
            using var client = await app.SignedInClientAsync();
            await WaitForRebuildAsync(client, r => r.State == StoryRebuild.Waiting);
            await app.DisposeAsync();

            Assert.Contains(app.Logs.Entries, e => e.Message.StartsWith("Rebuilding stories stopped by the shutdown after 0 articles", StringComparison.Ordinal));
            Assert.DoesNotContain(app.Logs.Entries, e => e.Level >= LogLevel.Error);
        }
        Assert.Equal([["0"]], await UpgradeTests.RowsAsync(Database, "SELECT count(*) FROM StorySketches"));
        await ReleaseLeaseAsync();

        // The next start after a backfill stopped part-way: the lowest ids placed, the rest not (as a stopped batch leaves it).
        await using (var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions($"Data Source={Database}")))
        {
            var first = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).Take(OnePermutationUpgradeTests.Articles / 3).ToListAsync();
            await new StoryMaintenance(db).ReplaceAsync(first, CancellationToken.None);
        }
        SqliteConnection.ClearAllPools();
        await using (var next = new ExistingArchive(Database))
        {
            using var client = await next.SignedInClientAsync();
            var ended = await WaitForRebuildAsync(client, r => !r.Active);

            var rest = OnePermutationUpgradeTests.Articles - (OnePermutationUpgradeTests.Articles / 3);
            Assert.Equal((StoryRebuild.Finished, rest, rest), (ended.State, ended.Placed, ended.Total));
        }
        Assert.Equal(fresh, await UpgradeTests.RowsAsync(Database, OnePermutationUpgradeTests.PartitionSql));
    }

    public void Dispose() => _folder.Dispose();

    private static List<JsonElement> InStory(JsonElement results, int storyId) =>
        results.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("storyId").ValueKind == JsonValueKind.Number && i.GetProperty("storyId").GetInt32() == storyId).ToList();

    private void CopyFixture() =>
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", OnePermutationUpgradeTests.Fixture), Database);

    /// <summary>The stories a fresh import of the fixture's files finds (each article's story named by its first file, and its copy's file).</summary>
    internal static async Task<List<string?[]>> FreshImportPartitionAsync()
    {
        await using var fresh = new ImportHarness();
        OnePermutationUpgradeTests.WriteFiles(fresh.SeedsPath);
        Assert.Equal(OnePermutationUpgradeTests.Articles, (await fresh.ImportAsync()).Added);
        SqliteConnection.ClearAllPools();
        var partition = await UpgradeTests.RowsAsync(new SqliteConnectionStringBuilder(fresh.ConnectionString).DataSource, OnePermutationUpgradeTests.PartitionSql);
        Assert.Contains(partition, r => r[1] is not null);
        return partition;
    }

    /// <summary>The import lease as another machine's live import holds it (renewed a moment ago, good for an hour).</summary>
    private async Task HoldLeaseElsewhereAsync()
    {
        var now = DateTime.UtcNow;
        var value = string.Create(CultureInfo.InvariantCulture, $"elsewhere|4242|another-host|{now.Ticks}|{now.Ticks}|{now.AddHours(1).Ticks}|cli-user|{now.Ticks}");
        await ExecuteAsync("INSERT INTO Settings (Key, Value) VALUES ('ImportLease', $value) ON CONFLICT (Key) DO UPDATE SET Value = excluded.Value", value);
    }

    private Task ReleaseLeaseAsync() => ExecuteAsync("DELETE FROM Settings WHERE Key = 'ImportLease' AND Value LIKE 'elsewhere|%'", null);

    private async Task ExecuteAsync(string sql, string? value)
    {
        await using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (value is not null)
        {
            command.Parameters.AddWithValue("$value", value);
        }
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<ProgressJson> ProgressAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<ProgressJson>(new Uri("/admin/progress", UriKind.Relative)))!;

    /// <summary>Polls <c>/admin/progress</c> until the rebuild is in the state looked for (bounded).</summary>
    private static async Task<StoryRebuild> WaitForRebuildAsync(HttpClient client, Func<StoryRebuild, bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if ((await ProgressAsync(client)).Rebuild is { } rebuild && done(rebuild))
            {
                return rebuild;
            }
            Assert.True(waited.Elapsed < s_timeout, "The rebuild of stories did not reach the state looked for in time.");
            await Task.Delay(50);
        }
    }

    public sealed record ProgressJson(bool Running, string? Job, bool ImportQueues, bool ImportWaiting, StoryRebuild? Rebuild);

    public sealed record StoryRebuild(string Name, string State, int Placed, int Total, string? Message, DateTime? FinishedAt, bool Active)
    {
        public const string Waiting = "waiting";
        public const string Finished = "finished";
    }

    /// <summary>The app on an archive file the test keeps, with the fixture's files as its seeds; no import at start (it has articles).</summary>
    private sealed class ExistingArchive : AdminAppFactory
    {
        public ExistingArchive(string database)
            : base(database)
        {
            foreach (var file in Directory.GetFiles(SeedsPath))
            {
                File.Delete(file);
            }
            OnePermutationUpgradeTests.WriteFiles(SeedsPath);
        }

        protected override bool WaitsForFirstImport => false;

        public async Task<HttpClient> SignedInClientAsync()
        {
            var client = CreateClient();
            using var response = await client.SignInAsync(Password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return client;
        }
    }
}
