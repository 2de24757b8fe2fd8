using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsArchive.Web.Admin;

/// <summary>Sign-in posts: a fixed window of <see cref="AdminOptions.SignInAttemptsPerMinute"/> a minute per client address.</summary>
internal sealed class SignInRateLimitPolicy(IOptions<AdminOptions> options, ILogger<SignInRateLimitPolicy> logger) : IRateLimiterPolicy<string>
{
    public const string Name = "admin-sign-in";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, _) =>
    {
        // The status-code page explains the 429; Retry-After tells clients when to come back.
        context.HttpContext.Response.Headers.RetryAfter = "60";
        AdminLog.SignInRateLimited(logger, ClientOf(context.HttpContext));
        return ValueTask.CompletedTask;
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("page");
        }
        return RateLimitPartition.GetFixedWindowLimiter(ClientOf(httpContext), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInAttemptsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    public static string ClientOf(HttpContext httpContext) =>
        httpContext?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
