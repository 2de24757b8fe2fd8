using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NewsArchive.Web.Hosting;

public static class StartupExtensions
{
    /// <summary>The host's paths, archive options, the start-up migration and first import, and the health check.</summary>
    public static IServiceCollection AddArchiveStartup(this IServiceCollection services)
    {
        services.AddSingleton(s => ArchivePaths.Resolve(s.GetRequiredService<IConfiguration>(), s.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddOptions<ArchiveOptions>().BindConfiguration(ArchiveOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<StartupImport>();
        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    public static WebApplication UseArchivePipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The API answers its errors as ProblemDetails JSON; the pages answer theirs with the error page.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(http => !IsApi(http), pages =>
        {
            pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        });
        app.UseArchiveRequestLogging();
        app.UseStaticFiles();
        app.UseApiHeadAsGet();
        app.UseRouting();
        return app;
    }

    private static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static WebApplication MapArchiveHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResultStatusCodes = { [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable },
        });
        // The cheapest answer this host can give (no database): the benchmark's ceiling for requests per second.
        app.MapGet("/ping", () => "pong");
        return app;
    }
}
