using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using NewsArchive.Search;
using NewsArchive.Web.Caching;
using NewsArchive.Web.Search;

namespace NewsArchive.Web.Pages;

/// <summary>Every source with its count of matches (of the search it was opened from, or of the whole archive), filterable by name.</summary>
[OutputCache(PolicyName = ArchivePagePolicy.Name)]
public sealed class SourcesModel(ArticleSearch search, IOptions<SearchOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SearchFilter Filter { get; set; } = new();

    /// <summary>Part of a source's name to look for (any case).</summary>
    [BindProperty(SupportsGet = true, Name = "name")]
    public string? Name { get; set; }

    public SearchRequest Search { get; private set; } = null!;

    public SearchLinks Links { get; private set; } = null!;

    public IReadOnlyList<SourceCount> Sources { get; private set; } = [];

    public int SourceCount { get; private set; }

    public int? Among { get; private set; }

    public int Unnamed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Search = Filter.Validate(options.Value, []) with { Source = null, Page = 1 };
        Links = SearchLinks.For(Search, Filter.Sort);
        var (sources, among, unnamed) = await search.AllSourcesAsync(Search, ct);
        var name = Name?.Trim();
        Sources = string.IsNullOrEmpty(name) ? sources : sources.Where(s => s.Source!.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
        (SourceCount, Among, Unnamed) = (sources.Count, among, unnamed);
    }
}
