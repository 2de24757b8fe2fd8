using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Hosting;

/// <summary>
/// The web host as a user starts it: <c>dotnet NewsArchive.Web.dll</c> from the web project's own build output,
/// in a working folder of the test's choosing, on a free loopback port read from its console.
/// </summary>
public sealed partial class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    public HostProcess(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(WebDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.ArgumentList.Add("--Urls=http://127.0.0.1:0");
        foreach (var name in new[] { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT", "ASPNETCORE_CONTENTROOT", "ASPNETCORE_URLS" })
        {
            start.Environment.Remove(name);
        }
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The web project's build output of the same configuration as this test assembly.</summary>
    public static string WebDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(RepoPaths.Root, "src", "NewsArchive.Web", "bin", configuration, "net10.0", "NewsArchive.Web.dll");
        }
    }

    public string Stdout => Read(_stdout);

    public string Stderr => Read(_stderr);

    public bool HasExited => _process.HasExited;

    /// <summary>Waits for the console to say where the host listens.</summary>
    public async Task<Uri> WaitForAddressAsync(TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < timeout && !_process.HasExited)
        {
            if (Listening().Match(Stdout) is { Success: true } match)
            {
                return new Uri(match.Groups[1].Value);
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The host did not say where it listens.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
    }

    /// <summary>Waits until the console has a line matching <paramref name="pattern"/>.</summary>
    public async Task<Match> WaitForLineAsync(Regex pattern, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            if (pattern.Match(Stdout) is { Success: true } match)
            {
                return match;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"No console line matched {pattern}.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is not null)
        {
            lock (builder)
            {
                builder.AppendLine(line);
            }
        }
    }

    private static string Read(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }
}
