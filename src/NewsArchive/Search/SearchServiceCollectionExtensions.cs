using Microsoft.Extensions.DependencyInjection;

namespace NewsArchive.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Registers search (options section <c>Search</c>), its cache and the article reader.</summary>
    public static IServiceCollection AddArchiveSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SearchCache>();
        services.AddScoped<ArticleSearch>();
        services.AddScoped<ArticleReader>();
        services.AddScoped<StoryReader>();
        return services;
    }
}
