using System.Diagnostics;
using System.Net.Sockets;
using System.Net;

namespace NewsArchive.Bench;

/// <summary>The real web host as a child process on a loopback port, over the benchmark's database.</summary>
internal sealed class WebApp : IAsyncDisposable
{
    private readonly Process _process;

    private WebApp(Process process, HttpClient client)
    {
        _process = process;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<WebApp> StartAsync(string webDll, string databasePath, string workFolder, int workers)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(webDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        // Its appsettings.json and wwwroot sit beside the dll; logs go to the work folder.
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(Path.GetDirectoryName(Path.GetFullPath(webDll))!);
        start.Environment["ConnectionStrings__Archive"] = $"Data Source={databasePath}";
        start.Environment["Archive__ImportOnStartup"] = "false";
        // An archive imported --without-stories stays without: no rebuilding of stories beside the measured requests.
        start.Environment["Archive__RebuildStoriesOnStartup"] = "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Request logging at Information would measure the log sink, not the app.
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Serilog__MinimumLevel__Override__Microsoft.AspNetCore.HttpLogging"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web host.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = workers, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        var client = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        var app = new WebApp(process, client);
        await app.WaitUntilUpAsync();
        return app;
    }

    public async Task<bool> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode;
    }

    public async Task<HttpStatusCode> StatusAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private async Task WaitUntilUpAsync()
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web host exited with code {_process.ExitCode}.");
            }
            try
            {
                if (await StatusAsync("/ping") == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("The web host did not answer /ping within 90 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
