using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Data.Sqlite;
using NewsArchive.Admin;
using NewsArchive.Data;

namespace NewsArchive.Web.Admin;

public static class AdminExtensions
{
    /// <summary>
    /// The admin area: cookie sign-in for everything under <c>/admin</c> (options section <c>Admin</c>), the
    /// generated first password, the rate-limited sign-in, and the background import queue.
    /// </summary>
    public static IServiceCollection AddArchiveAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
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
        AddKeys(services, configuration);
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

    /// <summary>Keeps the keys that sign the cookies beside the database, so sign-ins survive a restart.</summary>
    private static void AddKeys(IServiceCollection services, IConfiguration configuration)
    {
        var protection = services.AddDataProtection().SetApplicationName("NewsArchive");
        var folder = configuration[$"{AdminOptions.SectionName}:{nameof(AdminOptions.KeysPath)}"];
        if (string.IsNullOrEmpty(folder))
        {
            var connection = configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName)
                ?? DataServiceCollectionExtensions.DefaultConnectionString;
            var builder = new SqliteConnectionStringBuilder(DataServiceCollectionExtensions.NormaliseConnectionString(connection));
            if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
            {
                return;
            }
            folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) ?? ".", "keys");
        }
        protection.PersistKeysToFileSystem(new DirectoryInfo(folder));
    }
}
