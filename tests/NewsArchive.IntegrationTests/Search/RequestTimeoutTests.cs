using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsArchive.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace NewsArchive.IntegrationTests.Search;

/// <summary>
/// A search that really takes long is stopped: by the request timeout (a clear 503) and by the client going away,
/// and in both cases its SQLite statement is interrupted (the host logs the SQLITE_INTERRUPT it got back, well
/// before the statement would have ended). Real hosts over real sockets, see <see cref="SlowSearchArchive"/>.
/// </summary>
public sealed partial class RequestTimeoutTests(SlowSearchArchive archive, ITestOutputHelper output) : IClassFixture<SlowSearchArchive>
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(240);

    /// <summary>How long the search for a word every item has takes to its end on the patient host (another word each time: results are cached).</summary>
    private async Task<TimeSpan> FullSearchAsync(string word)
    {
        using var client = new HttpClient { BaseAddress = archive.PatientAddress, Timeout = s_patience };
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri($"/?q={word}", UriKind.Relative));
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        output.WriteLine($"GET /?q={word} to its end: {watch.ElapsedMilliseconds} ms");
        return watch.Elapsed;
    }

    [Fact]
    public async Task A_search_past_the_timeout_answers_a_clear_503_and_its_statement_is_interrupted()
    {
        var full = await FullSearchAsync("council");
        using var client = new HttpClient { BaseAddress = archive.QuickAddress, Timeout = s_patience };
        // Warm-up on searches that match nothing: the first page request compiles the page, seconds on a loaded machine.
        (await client.GetAsync(new Uri("/?q=zzqqxx", UriKind.Relative))).Dispose();
        (await client.GetAsync(new Uri("/api/articles?q=zzqqxx", UriKind.Relative))).Dispose();

        var watch = Stopwatch.StartNew();
        var page = await client.GetDocumentAsync("/?q=flood");
        // With facets, as heavy as the page: without them the API's search is cheap enough to end inside the timeout.
        var api = await client.GetAsync(new Uri("/api/articles?q=water&facets=true", UriKind.Relative));
        watch.Stop();

        Assert.Equal("This took too long", page.Text("error-heading"));
        Assert.Contains("stopped working on this request after 1 second, the longest it spends on one.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("The request took too long", problem.GetProperty("title").GetString());
        var interrupted = await InterruptionsAsync(archive.Quick, 2);
        output.WriteLine($"both timed-out requests: {watch.ElapsedMilliseconds} ms; interrupted after {string.Join(", ", interrupted)} ms; a full search {full.TotalMilliseconds:F0} ms");
        Assert.All(interrupted, ms => Assert.True(ms < full.TotalMilliseconds * 0.8, $"interrupted after {ms} ms, a full search takes {full.TotalMilliseconds:F0} ms"));
    }

    [Fact]
    public async Task A_client_that_goes_away_has_its_statement_interrupted()
    {
        var full = await FullSearchAsync("river");
        using var client = new HttpClient { BaseAddress = archive.PatientAddress, Timeout = s_patience };
        using var leave = new CancellationTokenSource(full / 5);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync(new Uri("/?q=bank", UriKind.Relative), leave.Token));

        var interrupted = Assert.Single(await InterruptionsAsync(archive.Patient, 1));
        output.WriteLine($"left after {(full / 5).TotalMilliseconds:F0} ms; interrupted after {interrupted} ms; a full search {full.TotalMilliseconds:F0} ms");
        Assert.True(interrupted < full.TotalMilliseconds * 0.8, $"interrupted after {interrupted} ms, a full search takes {full.TotalMilliseconds:F0} ms");
    }

    /// <summary>The milliseconds of each "Search interrupted" line the host has logged, once there are <paramref name="count"/>.</summary>
    private static async Task<List<long>> InterruptionsAsync(Hosting.HostProcess host, int count)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var found = Interrupted().Matches(host.Stdout).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (found.Count >= count || waited.Elapsed > TimeSpan.FromSeconds(15))
            {
                Assert.True(found.Count >= count, $"{found.Count} interruptions logged:\n{host.Stdout}");
                return found;
            }
            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"Search interrupted after (\d+) ms")]
    private static partial Regex Interrupted();
}
