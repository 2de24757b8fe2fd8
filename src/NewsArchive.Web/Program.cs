using NewsArchive.Data;
using NewsArchive.Hosting;
using NewsArchive.Importing;
using NewsArchive.Search;
using NewsArchive.Web.Admin;
using NewsArchive.Web.Api;
using NewsArchive.Web.Caching;
using NewsArchive.Web.Hosting;

MallocArenas.Limit();
var builder = WebApplication.CreateBuilder(args);

builder.AddArchiveLogging();
builder.Services.AddRazorPages();
builder.Services.AddArchiveData(builder.Configuration);
builder.Services.AddIngest();
builder.Services.AddArchiveSearch();
builder.Services.AddArchiveStartup();
builder.Services.AddArchiveAdmin(builder.Configuration);
builder.Services.AddArchiveCaching(builder.Configuration);

var app = builder.Build();

app.UseArchivePipeline();
app.UseArchiveAdmin();
app.UseArchiveCaching();
app.MapRazorPages();
app.MapArchiveHealth();
app.MapArticleApi();

app.Run();

/// <summary>The web host's entry point (public for WebApplicationFactory).</summary>
public partial class Program;
