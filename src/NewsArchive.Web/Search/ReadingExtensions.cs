using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace NewsArchive.Web.Search;

public static class ReadingExtensions
{
    /// <summary>The default longest request line Kestrel accepts here (its own default is 8 KB).</summary>
    public const int DefaultMaxRequestLineSize = 64 * 1024;

    /// <summary>
    /// Request lines up to <c>Kestrel:Limits:MaxRequestLineSize</c> (64 KB): a search pasted in a script whose letters
    /// take 6 characters each in a URL (1,800 Cyrillic letters are 10 KB) reaches the page, which cuts it with a
    /// message, instead of getting a bare 414 from the server. Kestrel does not read its limits from configuration
    /// by itself.
    /// </summary>
    public static IServiceCollection AddArchiveReading(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var size = configuration.GetValue("Kestrel:Limits:MaxRequestLineSize", DefaultMaxRequestLineSize);
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestLineSize = size);
        return services;
    }
}
