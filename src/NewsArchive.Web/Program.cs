using NewsArchive.Data;
using NewsArchive.Hosting;
using NewsArchive.Importing;
using NewsArchive.Search;
using NewsArchive.Web.Admin;
using NewsArchive.Web.Api;
using NewsArchive.Web.Caching;
using NewsArchive.Web.Hosting;
using NewsArchive.Web.Search;
using NewsArchive.Web.Security;

MallocArenas.Limit();
try
{
    var builder = WebApplication.CreateBuilder(HostStart.Options(args));

    builder.UseArchiveStaticAssets();
    builder.AddArchiveLogging();
    builder.AddArchiveSecurity();
    builder.Services.AddRazorPages();
    builder.Services.AddArchiveStartup();
    builder.Services.AddArchiveRequestLimits();
    builder.Services.AddArchiveData(s => s.GetRequiredService<ArchivePaths>().ConnectionString);
    builder.Services.AddIngest();
    builder.Services.AddArchiveSearch();
    builder.Services.AddArchiveAdmin();
    builder.Services.AddArchiveCaching();
    builder.Services.AddArchiveOpenApi();
    builder.Services.AddArchiveReading(builder.Configuration);

    var app = builder.Build();

    app.UseArchiveSecurity();
    app.UseArchivePipeline();
    app.UseArchiveRequestLimits();
    app.UseArchiveAdmin();
    app.UseArchiveCaching();
    app.MapRazorPages();
    app.MapArchiveHealth();
    app.MapArticleApi();
    app.MapOpenApi(ApiDocument.Path);

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (StartFailure.Report(ex))
{
    return 1;
}

/// <summary>The web host's entry point (public for WebApplicationFactory).</summary>
public partial class Program;
