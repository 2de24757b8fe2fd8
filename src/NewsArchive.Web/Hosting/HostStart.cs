using Microsoft.Extensions.Hosting;

namespace NewsArchive.Web.Hosting;

/// <summary>How the web host starts wherever it is started from.</summary>
public static class HostStart
{
    /// <summary>
    /// The content root is the one given (<c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c>), else the working
    /// folder when it holds <c>appsettings.json</c> (<c>dotnet run --project src/NewsArchive.Web</c>), else the
    /// folder of the app itself, so a built or published app started from anywhere finds its settings and files.
    /// </summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var given = new ConfigurationBuilder().AddEnvironmentVariables("DOTNET_").AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args).Build()[HostDefaults.ContentRootKey];
        var useAppFolder = string.IsNullOrEmpty(given) && !File.Exists(Path.Combine(Environment.CurrentDirectory, "appsettings.json"));
        return new WebApplicationOptions { Args = args, ContentRootPath = useAppFolder ? AppContext.BaseDirectory : null };
    }

    /// <summary>
    /// Static assets: a published app has <c>wwwroot</c> in its folder; a built one (<c>bin/Release</c>) has only
    /// the manifest that points at the project's <c>wwwroot</c>, which ASP.NET Core reads by itself only in Development.
    /// </summary>
    public static WebApplicationBuilder UseArchiveStaticAssets(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Environment.IsDevelopment() && !Directory.Exists(Path.Combine(builder.Environment.ContentRootPath, "wwwroot")))
        {
            builder.WebHost.UseStaticWebAssets();
        }
        return builder;
    }
}
