using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using NewsArchive.Data;

namespace NewsArchive.Web.Caching;

/// <summary>
/// Output caching of the public pages: anonymous GET and HEAD only (a signed-in admin neither reads nor fills
/// the cache), varied by the whole query string and by the archive generation, which is read from the database
/// on every request (one point query), so a page is never served from before the last import, even one run by
/// the CLI in another process. Responses that set a cookie or are not 200 are not stored.
/// </summary>
internal sealed class ArchivePagePolicy(ArchiveConnectionString connectionString) : IOutputCachePolicy
{
    public const string Name = "ArchivePages";

    private static readonly TimeSpan s_lifetime = TimeSpan.FromMinutes(10);

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        var anonymous = context.HttpContext.User.Identity?.IsAuthenticated != true && !request.Headers.ContainsKey(HeaderNames.Authorization);
        var cacheable = anonymous && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = s_lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        if (cacheable)
        {
            await using var connection = new SqliteConnection(connectionString.Value);
            await connection.OpenAsync(cancellation);
            context.CacheVaryByRules.VaryByValues["archive-generation"] = await ArchiveGeneration.ReadAsync(connection, cancellation);
        }
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        if (!StringValues.IsNullOrEmpty(response.Headers.SetCookie) || response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
