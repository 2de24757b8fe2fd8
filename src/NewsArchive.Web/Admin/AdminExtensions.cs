using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using NewsArchive.Admin;
using NewsArchive.Web.Hosting;

namespace NewsArchive.Web.Admin;

public static class AdminExtensions
{
    /// <summary>
    /// The admin area: cookie sign-in for everything under <c>/admin</c> (options section <c>Admin</c>), the
    /// generated first password, the rate-limited sign-in, and the background import queue.
    /// </summary>
    public static IServiceCollection AddArchiveAdmin(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder("/Admin").AllowAnonymousToPage("/Admin/SignIn"));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/admin/signin";
            o.LogoutPath = "/admin/signout";
            o.Cookie.Name = "NewsArchive.Admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = AdminSignIn.ValidateAsync;
        });
        services.AddAuthorization();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy<string, SignInRateLimitPolicy>(SignInRateLimitPolicy.Name);
        });
        AddKeys(services);
        services.AddSingleton(new OperatorConsole(Console.Out));
        services.AddScoped<AdminPasswordStore>();
        services.AddScoped<AdminSignIn>();
        services.AddSingleton<AdminImports>();
        services.AddSingleton<PreviewStore>();
        services.AddHostedService<AdminPasswordBootstrap>();
        services.AddHostedService<ImportWorker>();
        return services;
    }

    public static WebApplication UseArchiveAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Keeps the keys that sign the cookies in <see cref="ArchivePaths.Keys"/>, so sign-ins survive a restart.</summary>
    private static void AddKeys(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("NewsArchive");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(s => new ConfigureOptions<KeyManagementOptions>(o =>
        {
            if (s.GetRequiredService<ArchivePaths>().Keys is { } folder)
            {
                o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), s.GetRequiredService<ILoggerFactory>());
            }
        }));
    }
}
