using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Web;

/// <summary>The first-start import runs in the background: the server answers before it ends.</summary>
public sealed class FirstStartImportTests(FirstStartImportTests.SlowSeedsFactory factory) : IClassFixture<FirstStartImportTests.SlowSeedsFactory>
{
    [Fact]
    public async Task The_app_answers_while_the_first_import_is_still_running()
    {
        HttpStatusCode health;
        bool runningMeanwhile;
        try
        {
            // A start-up that waited for the import would wait for the pipe, which is written only below: bounded.
            using var client = await Task.Run(factory.CreateClient).WaitAsync(TimeSpan.FromSeconds(30));
            health = (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode;
            runningMeanwhile = factory.Services.GetRequiredService<ImportGate>().IsRunning;
        }
        finally
        {
            await factory.ReleaseSlowFileAsync();
        }

        Assert.Equal(HttpStatusCode.OK, health);
        Assert.True(runningMeanwhile);
        var gate = factory.Services.GetRequiredService<ImportGate>();
        await WaitUntilAsync(() => !gate.IsRunning);
        await using var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions(factory.ConnectionString));
        Assert.Equal(Directory.GetFiles(factory.SeedsPath).Length, await db.Articles.CountAsync());
        Assert.Equal(ImportTrigger.Startup, (await db.ImportRuns.SingleAsync()).Trigger);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The first-start import did not end within a minute.");
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Seeds with one file that is a named pipe: reading it waits until the test writes the article into it, so the
    /// first-start import cannot end before the test has made its requests.
    /// </summary>
    public sealed class SlowSeedsFactory : ArchiveAppFactory
    {
        private readonly string _slowFile;
        private bool _released;

        public SlowSeedsFactory()
        {
            _slowFile = Path.Combine(SeedsPath, "zz-slow.txt");
            using var mkfifo = Process.Start("mkfifo", [_slowFile]);
            mkfifo.WaitForExit();
        }

        protected override bool WaitsForFirstImport => false;

        public async Task ReleaseSlowFileAsync()
        {
            if (_released)
            {
                return;
            }
            _released = true;
            // Opening a pipe for writing waits for its reader, the import; bounded, so a broken import fails the test instead of hanging it.
            await File.WriteAllTextAsync(_slowFile, SampleArticles.Dated("2024-03-04", "Harbour reopens after the storm", "the harbour"))
                .WaitAsync(TimeSpan.FromSeconds(30));
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_released)
            {
                ReleaseSlowFileAsync().Wait(TimeSpan.FromSeconds(30));
            }
            base.Dispose(disposing);
        }
    }
}
