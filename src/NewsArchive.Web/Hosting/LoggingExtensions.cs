using System.Globalization;
using Serilog;
using Serilog.Events;
using NewsArchive.Web.Caching;

namespace NewsArchive.Web.Hosting;

public static class LoggingExtensions
{
    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Serilog for this host (one logger per host, so several test hosts in one process do not share one): console,
    /// and a daily file in <see cref="ArchivePaths.Logs"/>, with levels in code; the <c>Serilog</c> section, when
    /// found, adds to or overrides them. Other logger providers registered (tests) get the events too.
    /// </summary>
    public static WebApplicationBuilder AddArchiveLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.ClearProviders();
        builder.Services.AddSerilog((services, logger) => Configure(logger, services), preserveStaticLogger: true, writeToProviders: true);
        return builder;
    }

    private static void Configure(LoggerConfiguration logger, IServiceProvider services)
    {
        var paths = services.GetRequiredService<ArchivePaths>();
        logger.MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: CultureInfo.InvariantCulture);
        if (paths.Logs is { } logs)
        {
            logger.WriteTo.File(Path.Combine(logs, "newsarchive-.log"), rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14, formatProvider: CultureInfo.InvariantCulture);
        }
        logger.ReadFrom.Configuration(services.GetRequiredService<IConfiguration>());
    }

    /// <summary>One event per request: method, path, route, status, elapsed time and the archive generation it saw.</summary>
    public static WebApplication UseArchiveRequestLogging(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSerilogRequestLogging(options =>
        {
            // This host's logger: the static one is not set (several hosts may share a process).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} ({Route}) responded {StatusCode} in {Elapsed:0.0} ms, archive generation {ArchiveGeneration}";
            options.EnrichDiagnosticContext = (context, http) =>
            {
                context.Set("Route", http.GetEndpoint() switch
                {
                    RouteEndpoint route => "/" + route.RoutePattern.RawText?.TrimStart('/'),
                    { } other => other.DisplayName,
                    null => "no endpoint",
                });
                context.Set("ArchiveGeneration", ArchiveGenerationReader.ForRequest(http) is { Length: > 0 } generation ? generation : "none");
            };
        });
        return app;
    }
}
