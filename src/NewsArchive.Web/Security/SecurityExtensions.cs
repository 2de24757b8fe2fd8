using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace NewsArchive.Web.Security;

public static class SecurityExtensions
{
    /// <summary>The configuration section naming the reverse proxies whose <c>X-Forwarded-*</c> headers are believed.</summary>
    public const string ProxiesSection = "ForwardedHeaders";

    /// <summary>
    /// No <c>Server</c> header; forwarded headers believed only from the proxies configured in
    /// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges), none by
    /// default, not even loopback: without a configured proxy a client cannot choose the address the sign-in limit counts.
    /// </summary>
    public static WebApplicationBuilder AddArchiveSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var section = builder.Configuration.GetSection(ProxiesSection);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in section.GetSection("KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>
    /// First in the pipeline: the client's real address and scheme from a known proxy, then the headers on every
    /// answer: a Content-Security-Policy the pages satisfy (scripts, styles and images from this site only, no inline
    /// code, no framing), nosniff, a strict referrer policy, a permissions policy that turns devices off, and HSTS
    /// over HTTPS.
    /// </summary>
    public static WebApplication UseArchiveSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.UseSecurityHeaders(policies => policies
            .AddDefaultSecurityHeaders()
            .AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddStrictTransportSecurityMaxAgeIncludeSubDomains(maxAgeInSeconds: 365 * 24 * 60 * 60)
            .AddPermissionsPolicyWithDefaultSecureDirectives()
            .RemoveServerHeader()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self().Data();
                csp.AddConnectSrc().Self();
                csp.AddFontSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            }));
        return app;
    }
}
