using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NewsArchive.Search;
using NewsArchive.Web.Caching;

namespace NewsArchive.Web.Pages.Stories;

/// <summary>A story: its members by date with their outlets, a timeline of the coverage, and what each member reported first.</summary>
[OutputCache(PolicyName = ArchivePagePolicy.Name)]
public sealed class DetailsModel(StoryReader reader) : PageModel
{
    public StoryRow Story { get; private set; } = null!;

    public IReadOnlyDictionary<int, IReadOnlyList<string>> Firsts { get; private set; } = new Dictionary<int, IReadOnlyList<string>>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await reader.FindAsync(id, ct) is not { } story)
        {
            return NotFound();
        }
        Story = story;
        Firsts = await reader.FirstSentencesAsync(story, ct);
        return Page();
    }

    /// <summary>Members a day (undated ones apart), for the timeline.</summary>
    public IReadOnlyList<(DateOnly? Day, int Count, string Outlets)> Timeline => Story.Members
        .GroupBy(m => m.PublishedOn).OrderBy(g => g.Key is null).ThenBy(g => g.Key)
        .Select(g => (g.Key, g.Count(), string.Join(", ", g.Select(m => m.Source ?? "unnamed outlet").Distinct(StringComparer.Ordinal))))
        .ToList();
}
