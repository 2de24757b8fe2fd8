using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.BrowserTests;

/// <summary>The real app on Kestrel at a free loopback port (a browser needs a real socket), with its own database and seeds.</summary>
public sealed class LiveApp : ArchiveAppFactory
{
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Services a test puts in the app's place (e.g. a <see cref="HeldParser"/>).</param>
    public LiveApp(Action<IServiceCollection>? services = null)
    {
        _services = services;
        UseKestrel(0);
        StartServer();
        WaitForImport(Services);
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
