using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsArchive.IntegrationTests.Admin;
using NewsArchive.IntegrationTests.Infrastructure;

namespace NewsArchive.IntegrationTests.Security;

/// <summary>
/// The sign-in limit (one attempt a minute here) behind a reverse proxy: the test server has no sockets, so a
/// start-up filter sets each request's peer address from <c>X-Test-Peer</c> before the app's pipeline runs.
/// </summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.ProxiedApp factory) : IClassFixture<ForwardedHeadersTests.ProxiedApp>
{
    private const string Proxy = "192.0.2.10";

    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_client_has_its_own_sign_in_limit()
    {
        using var first = Client(peer: Proxy, forwardedFor: "198.51.100.1");
        using var second = Client(peer: Proxy, forwardedFor: "198.51.100.2");

        using var firstTry = await first.SignInAsync("wrong 1");
        using var secondTry = await second.SignInAsync("wrong 2");
        using var firstAgain = await first.SignInAsync("wrong 3");

        Assert.Equal(HttpStatusCode.OK, firstTry.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondTry.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain.StatusCode);
        Assert.Contains(factory.Logs.Entries, e => e.Message == "Failed admin sign-in from 198.51.100.2");
    }

    [Fact]
    public async Task A_client_that_is_not_a_known_proxy_cannot_choose_its_address_with_forwarded_headers()
    {
        using var first = Client(peer: "203.0.113.7", forwardedFor: "198.51.100.3");
        using var spoofed = Client(peer: "203.0.113.7", forwardedFor: "198.51.100.4");

        using var firstTry = await first.SignInAsync("wrong 1");
        using var spoofedTry = await spoofed.SignInAsync("wrong 2");

        Assert.Equal(HttpStatusCode.OK, firstTry.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, spoofedTry.StatusCode);
        Assert.DoesNotContain(factory.Logs.Entries, e => e.Message.Contains("198.51.100.3", StringComparison.Ordinal));
    }

    private HttpClient Client(string peer, string forwardedFor)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Test-Peer", peer);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    public sealed class ProxiedApp : AdminAppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Admin:SignInAttemptsPerMinute"] = "1",
            ["ForwardedHeaders:KnownProxies:0"] = Proxy,
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, PeerFromHeader>());
        }
    }

    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers["X-Test-Peer"], out var peer))
                {
                    context.Connection.RemoteIpAddress = peer;
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
