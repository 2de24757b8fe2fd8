using Microsoft.AspNetCore.OutputCaching;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Caching;

public static class CachingExtensions
{
    /// <summary>Output caching for the public pages (<see cref="ArchivePagePolicy"/>, applied by <c>[OutputCache]</c> on their models).</summary>
    public static IServiceCollection AddArchiveCaching(this IServiceCollection services)
    {
        services.AddSingleton(s => new ArchiveConnectionString(s.GetRequiredService<ArchivePaths>().ConnectionString));
        services.AddSingleton<ArchiveGenerationReader>();
        services.AddSingleton<ArchivePagePolicy>();
        services.AddOutputCache(o => o.AddPolicy(ArchivePagePolicy.Name, b => b.AddPolicy<ArchivePagePolicy>(), excludeDefaultPolicy: true));
        return services;
    }

    /// <summary>After authentication, so the policy knows who is signed in.</summary>
    public static WebApplication UseArchiveCaching(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseOutputCache();
        return app;
    }
}
