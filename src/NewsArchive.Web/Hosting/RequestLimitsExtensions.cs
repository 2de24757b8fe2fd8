using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace NewsArchive.Web.Hosting;

/// <summary>Request limits (configuration section <c>Requests</c>).</summary>
public sealed class RequestLimitOptions
{
    public const string SectionName = "Requests";

    /// <summary>A page or API request still running after this long is cancelled (its SQL interrupted) and answered 503 (fractions allowed).</summary>
    [Range(0.01, 3600)]
    public double TimeoutSeconds { get; set; } = 15;

    private static readonly object s_timedOut = new();

    /// <summary>Whether the request's own deadline passed (a 503 that says "this took too long", on the error page too).</summary>
    public static bool TimedOut(HttpContext context) => context?.Items.ContainsKey(s_timedOut) == true;

    /// <summary>Marks the request as timed out; the status-code pages then write the answer (the error page, or problem JSON).</summary>
    internal static Task MarkTimedOut(HttpContext context)
    {
        context.Items[s_timedOut] = true;
        return Task.CompletedTask;
    }
}

/// <summary>No request can take minutes, and no method the app does not serve reaches a page.</summary>
public static class RequestLimitsExtensions
{
    private static readonly HashSet<string> s_served = new(StringComparer.OrdinalIgnoreCase) { HttpMethods.Get, HttpMethods.Head, HttpMethods.Post };
    private static readonly HashSet<string> s_apiServed = new(StringComparer.OrdinalIgnoreCase) { HttpMethods.Get, HttpMethods.Head };

    public static IServiceCollection AddArchiveRequestLimits(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitOptions>().BindConfiguration(RequestLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRequestTimeouts();
        // The API's 503 on a timeout says what happened (the pages' error page says it too).
        services.AddOptions<ProblemDetailsOptions>().Configure<IOptions<RequestLimitOptions>>((problems, limits) =>
        {
            var before = problems.CustomizeProblemDetails;
            problems.CustomizeProblemDetails = context =>
            {
                before?.Invoke(context);
                if (context.ProblemDetails.Status == StatusCodes.Status503ServiceUnavailable && RequestLimitOptions.TimedOut(context.HttpContext))
                {
                    context.ProblemDetails.Title = "The request took too long";
                    context.ProblemDetails.Detail = TimeoutExplanation(limits.Value);
                }
            };
        });
        services.AddOptions<RequestTimeoutOptions>().Configure<IOptions<RequestLimitOptions>>((timeouts, limits) =>
            timeouts.DefaultPolicy = new RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(limits.Value.TimeoutSeconds),
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                WriteTimeoutResponse = RequestLimitOptions.MarkTimedOut,
            });
        return services;
    }

    /// <summary>What a reader is told when a request ran out of time.</summary>
    public static string TimeoutExplanation(RequestLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The server stopped working on this request after {limits.TimeoutSeconds:0.##} second{(limits.TimeoutSeconds == 1 ? "" : "s")}, the longest it spends on one. A narrower search (rarer words, a date range, a source, newest first) answers faster.");
    }

    /// <summary>
    /// TRACE, PUT, DELETE, made-up methods and the like get 405 with the methods served, before routing: on pages
    /// <c>Allow: GET, HEAD, POST</c> with a line of text, under <c>/api</c> (read-only) <c>Allow: GET, HEAD</c> with
    /// problem JSON (HEAD there is answered as its GET without the body; Razor Pages answer HEAD themselves). Pages and API get the timeout.
    /// </summary>
    public static WebApplication UseArchiveRequestLimits(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                if (!s_apiServed.Contains(method))
                {
                    context.Response.Headers.Allow = "GET, HEAD";
                    await TypedResults.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Method not allowed",
                        detail: $"{method} is not served by the API, which is read-only: use GET or HEAD.").ExecuteAsync(context);
                    return;
                }
            }
            else if (!s_served.Contains(method))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "GET, HEAD, POST";
                // A body, so the status-code page (a Razor page, which has no handler for such a method) is not run.
                await context.Response.WriteAsync($"{method} is not served here: use GET, HEAD or POST.");
                return;
            }
            await next(context);
        });
        app.UseRequestTimeouts();
        return app;
    }

    /// <summary>
    /// HEAD under <c>/api</c> is answered as the GET it stands for (the endpoints are minimal-API GETs, which routing
    /// does not match for HEAD), with the same status and headers and no body. Runs before routing.
    /// </summary>
    public static IApplicationBuilder UseApiHeadAsGet(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method) || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }
            var body = context.Response.Body;
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });
    }
}
