using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsArchive.Boilerplate;
using NewsArchive.Parsing;

namespace NewsArchive.Importing;

public static class IngestServiceCollectionExtensions
{
    /// <summary>Registers the parser (options section <c>Ingest</c>), the import gate and the importer.</summary>
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.AddOptions<ParserOptions>().BindConfiguration(ParserOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new ArticleTextParser(sp.GetRequiredService<IOptions<ParserOptions>>().Value));
        services.AddSingleton<ImportGate>();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<BoilerplateLearner>();
        services.AddScoped<ArchiveImporter>();
        return services;
    }
}
