using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsArchive.Admin;
using NewsArchive.IntegrationTests.Infrastructure;
using NewsArchive.Web.Admin;
using System.Text.RegularExpressions;

namespace NewsArchive.IntegrationTests.Admin;

public sealed class GeneratedPasswordTests : IDisposable
{
    private readonly LoggedApp _app = new();

    [Fact]
    public async Task First_start_without_a_configured_hash_prints_a_generated_password_once_on_the_console_and_stores_its_hash()
    {
        using var client = _app.CreateClient();

        var printed = _app.Console.ToString().Split('\n').Where(l => l.Contains("so one was generated", StringComparison.Ordinal)).ToList();

        var password = Regex.Match(Assert.Single(printed), "with the password (\\S+) —").Groups[1].Value;
        Assert.True(password.Length >= 12, password);
        var logged = Assert.Single(_app.Logs.Entries, e => e.Message.Contains("so one was generated", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.DoesNotContain(password, logged.Message, StringComparison.Ordinal);
        await using var db = _app.OpenDatabase();
        var hash = await db.Settings.Where(s => s.Key == AdminAccount.PasswordHashSetting).Select(s => s.Value).SingleAsync();
        Assert.True(AdminPasswordHasher.Verify(hash, password));
        Assert.DoesNotContain(password, hash, StringComparison.Ordinal);
        using var response = await client.SignInAsync(password);
        Assert.Equal("/admin", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public void The_generated_password_reaches_no_log_entry_and_no_log_file()
    {
        using var client = _app.CreateClient();
        var line = _app.Console.ToString().Split('\n').Single(l => l.Contains("so one was generated", StringComparison.Ordinal));
        var password = Regex.Match(line, "with the password (\\S+) —").Groups[1].Value;
        Assert.NotEmpty(password);

        Assert.DoesNotContain(_app.Logs.Entries, e => e.Message.Contains(password, StringComparison.Ordinal)
            || e.Values.Values.Any(v => v?.ToString()?.Contains(password, StringComparison.Ordinal) == true));
        var files = Directory.GetFiles(_app.LogsPath, "*.log");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
            var text = reader.ReadToEnd();
            Assert.Contains("so one was generated", text, StringComparison.Ordinal);
            Assert.DoesNotContain(password, text, StringComparison.Ordinal);
        }
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

        public StringWriter Console { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<ILoggerProvider>(Logs);
                services.AddSingleton(new OperatorConsole(TextWriter.Synchronized(Console)));
            });
        }
    }
}
