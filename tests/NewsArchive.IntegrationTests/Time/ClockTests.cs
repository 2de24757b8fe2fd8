using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NewsArchive.Cli;
using NewsArchive.Importing;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Time;

/// <summary>Every clock read goes through <see cref="TimeProvider"/>: with a fake one, the app's times are the fake's.</summary>
public sealed class ClockTests
{
    private static readonly DateTimeOffset s_then = new(2021, 3, 22, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_import_stamps_its_run_and_articles_with_the_clocks_time_and_judges_dates_by_the_clocks_day()
    {
        var clock = new FakeTimeProvider(s_then);
        await using var harness = new ImportHarness(clock: clock);
        harness.Write("past.txt", " date 2021-03-01\nA council vote\n\nThe council voted on the harbour plan after a long debate about its cost and its delays.\n");
        harness.Write("future.txt", " date 2021-06-01\nA summer fair\n\nThe town held its summer fair in the park, with music, food and games for the children.\n");

        var run = await harness.ImportAsync();

        Assert.Equal(s_then.UtcDateTime, run.StartedAt);
        Assert.Equal(s_then.UtcDateTime, run.FinishedAt);
        await using var db = harness.OpenDb();
        var articles = await db.Articles.AsNoTracking().OrderBy(a => a.SourceFile).ToListAsync();
        Assert.All(articles, a => Assert.Equal(s_then.UtcDateTime, a.ImportedAt));
        // On the fake clock's day, 1 June 2021 is in the future: "undated beats a wrong date".
        Assert.Equal([null, new DateOnly(2021, 3, 1)], articles.Select(a => a.PublishedOn));
    }

    [Fact]
    public async Task The_admin_page_shows_the_run_at_the_time_of_the_apps_clock()
    {
        using var app = new FakeClockApp(new FakeTimeProvider(s_then));
        using var client = app.CreateClient();
        await Admin.AdminSession.SignInAsync(client, Admin.AdminAppFactory.Password);

        var admin = await client.GetDocumentAsync("/admin");

        var started = admin.All("run")[0].QuerySelector("time")!.GetAttribute("datetime");
        Assert.StartsWith("2021-03-22T09:30:00", started, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_progress_reads_rate_and_time_left_from_the_clock()
    {
        var clock = new FakeTimeProvider(s_then);
        var started = clock.GetTimestamp();
        clock.Advance(TimeSpan.FromSeconds(10));
        var display = new ImportProgressDisplay(new CliConsole(TextWriter.Null, TextWriter.Null, TextReader.Null, false), clock, new ImportGate(), started);

        var line = display.Describe(new ImportProgress(1, 1_000, 11_000, "2021/03/council.txt", 1_000, 0, 0, 0, 0), width: 60);

        Assert.Equal("1,000 of 11,000 files (9.1 %), 100 files/s, about 1m 40s left, now 2021/03/council.txt", line);
    }

    private sealed class FakeClockApp(TimeProvider clock) : Admin.AdminAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
