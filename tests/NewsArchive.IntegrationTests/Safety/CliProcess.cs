using System.Diagnostics;
using System.Text;

namespace NewsArchive.IntegrationTests.Safety;

/// <summary>The real CLI (<c>dotnet NewsArchive.Cli.dll ...</c>) as a child process, its output collected.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    public CliProcess(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsArchive.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process.HasExited;

    public string Stdout => Read(_stdout);

    public string Stderr => Read(_stderr);

    /// <summary>SIGKILL on Linux: no cleanup, no finally blocks, like a crash or <c>kill -9</c>.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (builder)
        {
            builder.AppendLine(line);
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
