using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsArchive.Boilerplate;
using NewsArchive.Parsing;
using NewsArchive.Stories;

namespace NewsArchive.Importing;

public static class IngestServiceCollectionExtensions
{
    /// <summary>Registers the parser (options section <c>Ingest</c>), the import gate, the importer, the removal of missing articles and the story backfill.</summary>
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.AddOptions<ParserOptions>().BindConfiguration(ParserOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StoryOptions>().BindConfiguration(StoryOptions.SectionName);
        services.AddSingleton(sp => new ArticleTextParser(sp.GetRequiredService<IOptions<ParserOptions>>().Value));
        services.AddSingleton<IArticleParser>(sp => sp.GetRequiredService<ArticleTextParser>());
        services.AddSingleton<ImportGate>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<BoilerplateLearner>();
        services.AddScoped<ArchiveImporter>();
        services.AddScoped<MissingArticles>();
        services.AddScoped<StoryBackfill>();
        return services;
    }
}
