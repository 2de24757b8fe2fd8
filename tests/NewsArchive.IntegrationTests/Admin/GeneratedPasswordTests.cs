using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsArchive.Admin;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Admin;

public sealed class GeneratedPasswordTests : IDisposable
{
    private readonly LoggedApp _app = new();

    [Fact]
    public async Task First_start_without_a_configured_hash_logs_a_generated_password_once_and_stores_its_hash()
    {
        using var client = _app.CreateClient();

        var lines = _app.Logs.Entries.Where(e => e.Message.Contains("so one was generated", StringComparison.Ordinal)).ToList();

        var line = Assert.Single(lines);
        Assert.Equal(LogLevel.Warning, line.Level);
        var password = Assert.IsType<string>(line.Values["Password"]);
        await using var db = _app.OpenDatabase();
        var hash = await db.Settings.Where(s => s.Key == AdminAccount.PasswordHashSetting).Select(s => s.Value).SingleAsync();
        Assert.True(AdminPasswordHasher.Verify(hash, password));
        Assert.DoesNotContain(password, hash, StringComparison.Ordinal);
        using var response = await client.SignInAsync(password);
        Assert.Equal("/admin", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task A_stored_hash_is_kept_and_no_new_password_is_generated()
    {
        using var client = _app.CreateClient();
        await using var db = _app.OpenDatabase();
        var store = new AdminPasswordStore(db);
        var before = await store.GetHashAsync();

        var generated = await store.EnsureAsync();

        Assert.Null(generated);
        Assert.Equal(before, await store.GetHashAsync());
    }

    public void Dispose() => _app.Dispose();

    private sealed class LoggedApp : ArchiveAppFactory
    {
        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }
}
