using System.Net;
using System.Text.RegularExpressions;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Hosting;

/// <summary>The built web host started from a working folder that is not its own (<c>cd /srv &amp;&amp; dotnet /opt/app/NewsArchive.Web.dll</c>).</summary>
public sealed partial class HostFromAnywhereTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Started_from_another_folder_it_logs_to_the_console_prints_the_password_and_serves_its_css()
    {
        var elsewhere = _folder.Combine("elsewhere");
        Directory.CreateDirectory(elsewhere);
        var database = _folder.Combine("db", "app.db");
        var seeds = _folder.CopySeeds();
        using var host = new HostProcess(elsewhere, $"--ConnectionStrings:Archive=Data Source={database}", $"--Archive:SeedsPath={seeds}");

        var address = await host.WaitForAddressAsync(s_timeout);
        var password = (await host.WaitForLineAsync(PasswordLine(), s_timeout)).Groups[1].Value;
        using var http = new HttpClient { BaseAddress = address };
        using var css = await http.GetAsync(new Uri("/css/site.css", UriKind.Relative));
        using var home = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.False(home.Headers.Contains("Server"), "Kestrel names no server");
        var webFolder = Path.GetDirectoryName(HostProcess.WebDll)!;
        Assert.Contains($"Content root {webFolder}", host.Stdout, StringComparison.Ordinal);
        Assert.Contains($"database {database};", host.Stdout, StringComparison.Ordinal);
        Assert.Contains($"logs {_folder.Combine("db", "logs")};", host.Stdout, StringComparison.Ordinal);
        await host.WaitForLineAsync(RequestLine(), s_timeout);
        Assert.True(File.Exists(database));
        Assert.False(Directory.Exists(Path.Combine(elsewhere, "data")), "nothing lands in the working folder");
        var logFile = Assert.Single(Directory.GetFiles(_folder.Combine("db", "logs"), "*.log"));
        var logged = await ReadSharedAsync(logFile);
        Assert.Contains("so one was generated", logged, StringComparison.Ordinal);
        Assert.DoesNotContain(password, logged, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere));
    }

    [Fact]
    public async Task A_missing_seeds_folder_is_said_loudly_on_the_console()
    {
        var missing = _folder.Combine("no-such-seeds");
        using var host = new HostProcess(_folder.Path, $"--ConnectionStrings:Archive=Data Source={_folder.Combine("app.db")}", $"--Archive:SeedsPath={missing}");

        await host.WaitForAddressAsync(s_timeout);

        Assert.Contains($"THE SEEDS FOLDER {missing} DOES NOT EXIST", host.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<string> ReadSharedAsync(string file)
    {
        using var reader = new StreamReader(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        return await reader.ReadToEndAsync();
    }

    [GeneratedRegex(@"HTTP GET /css/site.css \(.*\) responded 200 in [0-9.]+ ms, archive generation \S+")]
    private static partial Regex RequestLine();

    [GeneratedRegex("with the password (\\S+) —")]
    private static partial Regex PasswordLine();
}
