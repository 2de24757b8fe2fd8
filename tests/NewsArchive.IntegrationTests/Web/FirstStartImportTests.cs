using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.Data;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Parsing;

namespace NewsArchive.IntegrationTests.Web;

/// <summary>The first-start import runs in the background: the server answers before it ends.</summary>
public sealed class FirstStartImportTests(FirstStartImportTests.SlowSeedsFactory factory) : IClassFixture<FirstStartImportTests.SlowSeedsFactory>
{
    [Fact]
    public async Task The_app_answers_while_the_first_import_is_still_running()
    {
        HttpStatusCode health;
        bool runningMeanwhile;
        AngleSharp.Html.Dom.IHtmlDocument home;
        try
        {
            // A start-up that waited for the import would wait for the pipe, which is written only below: bounded.
            using var client = await Task.Run(factory.CreateClient).WaitAsync(TimeSpan.FromSeconds(30));
            health = (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode;
            runningMeanwhile = factory.Services.GetRequiredService<ImportGate>().IsRunning;
            home = await client.GetDocumentAsync("/");
        }
        finally
        {
            await factory.ReleaseSlowFileAsync();
        }

        Assert.Equal(HttpStatusCode.OK, health);
        Assert.True(runningMeanwhile);
        Assert.StartsWith("An import is in progress", home.Text("import-notice"), StringComparison.Ordinal);
        Assert.Equal("No article has been imported yet: the first import is in progress.", home.Text("no-results"));
        var gate = factory.Services.GetRequiredService<ImportGate>();
        await WaitUntilAsync(() => !gate.IsRunning);
        await using var db = new ArchiveDbContext(DataServiceCollectionExtensions.CreateOptions(factory.ConnectionString));
        Assert.Equal(Directory.GetFiles(factory.SeedsPath).Length, await db.Articles.CountAsync());
        Assert.Equal(ImportTrigger.Startup, (await db.ImportRuns.SingleAsync()).Trigger);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "The first-start import did not end within a minute.");
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Seeds with one file whose parse waits until the test releases it (a parser test double; a named pipe would be
    /// refused unopened), so the first-start import cannot end before the test has made its requests.
    /// </summary>
    public sealed class SlowSeedsFactory : ArchiveAppFactory
    {
        private const string SlowFile = "zz-slow.txt";
        private readonly ManualResetEventSlim _release = new();

        public SlowSeedsFactory() =>
            File.WriteAllText(Path.Combine(SeedsPath, SlowFile), SampleArticles.Dated("2024-03-04", "Harbour reopens after the storm", "the harbour"));

        protected override bool WaitsForFirstImport => false;

        public Task ReleaseSlowFileAsync()
        {
            _release.Set();
            return Task.CompletedTask;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IArticleParser>(sp => new SlowParser(sp.GetRequiredService<ArticleTextParser>(), _release)));
        }

        protected override void Dispose(bool disposing)
        {
            _release.Set();
            base.Dispose(disposing);
            if (disposing)
            {
                _release.Dispose();
            }
        }

        /// <summary>The real parser; the slow file waits for the release (a minute at most, so a broken test cannot hang).</summary>
        private sealed class SlowParser(ArticleTextParser inner, ManualResetEventSlim release) : IArticleParser
        {
            public int MaxFileBytes => inner.MaxFileBytes;

            public ParseResult Parse(string fileName, ReadOnlySpan<byte> bytes, IReadOnlySet<string>? knownBoilerplate = null, DateOnly? today = null)
            {
                if (fileName == SlowFile)
                {
                    release.Wait(TimeSpan.FromMinutes(1));
                }
                return inner.Parse(fileName, bytes, knownBoilerplate, today);
            }
        }
    }
}
