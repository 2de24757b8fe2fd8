using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace NewsArchive.Web.Caching;

/// <summary>
/// Output caching of the public pages: anonymous GET and HEAD only (a signed-in admin neither reads nor fills
/// the cache), varied by the whole query string and by the archive generation, which is read from the database
/// on every request (one point query), so a page is never served from before the last import, even one run by
/// the CLI in another process. Responses that set a cookie or are not 200 are not stored; the others get a
/// weak ETag of generation and build, and <c>Cache-Control: no-cache</c>.
/// </summary>
internal sealed class ArchivePagePolicy(ArchiveGenerationReader generations, NewsArchive.Importing.ImportGate imports) : IOutputCachePolicy
{
    public const string Name = "ArchivePages";

    private const string GenerationKey = "archive-generation";

    private const string ImportingKey = "importing";

    private static readonly TimeSpan s_lifetime = TimeSpan.FromMinutes(10);

    /// <summary>The build, in the ETag: a new version of the app renders the same archive differently.</summary>
    private static readonly string s_build = typeof(ArchivePagePolicy).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
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
            var generation = generations.Read(context.HttpContext);
            context.CacheVaryByRules.VaryByValues[GenerationKey] = generation;
            // A page shown while an import runs says so: it is not the page for after it, even with no change counted.
            context.CacheVaryByRules.VaryByValues[ImportingKey] = imports.IsRunning ? "1" : "0";
            AddValidators(context.HttpContext.Response, generation);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// A page changes only with the archive (or the app): browsers may keep it but must ask again, and the cache
    /// answers a matching If-None-Match with 304. Set before the page runs, so the cached copy carries them too;
    /// taken off again from an answer that is not a 200.
    /// </summary>
    private void AddValidators(HttpResponse response, string generation)
    {
        response.Headers.ETag = $"W/\"{generation}-{s_build}{(imports.IsRunning ? "-i" : "")}\"";
        response.Headers.CacheControl = "no-cache";
        response.OnStarting(() =>
        {
            if (response.StatusCode != StatusCodes.Status200OK)
            {
                response.Headers.Remove(HeaderNames.ETag);
                response.Headers.Remove(HeaderNames.CacheControl);
            }
            return Task.CompletedTask;
        });
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
