using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Hosting;

/// <summary>
/// The built web host as its own process on Kestrel (a real TCP socket), over a copy of the seeds and a SQLite
/// file of its own, for tests about what only a real server shows: methods, aborted connections, timeouts.
/// </summary>
public class RealHost : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan s_start = TimeSpan.FromSeconds(90);
    private readonly TempFolder _folder = new();
    private HostProcess? _process;

    public Uri Address { get; private set; } = null!;

    public string DatabasePath => _folder.Combine("app.db");

    public string SeedsPath => _folder.Combine("seeds");

    public HostProcess Process => _process ?? throw new InvalidOperationException("The host has not started.");

    /// <summary>Settings given as command-line arguments (<c>--Key=Value</c>).</summary>
    protected virtual IEnumerable<string> Arguments => [];

    /// <summary>Runs before the host starts (to add files to the seeds folder).</summary>
    protected virtual void Prepare()
    {
    }

    public virtual async Task InitializeAsync()
    {
        _folder.CopySeeds();
        Prepare();
        _process = new HostProcess(_folder.Path, [$"--ConnectionStrings:Archive=Data Source={DatabasePath}", $"--Archive:SeedsPath={SeedsPath}", .. Arguments]);
        Address = await _process.WaitForAddressAsync(s_start);
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _process?.Dispose();
            _process = null;
            _folder.Dispose();
        }
    }
}
