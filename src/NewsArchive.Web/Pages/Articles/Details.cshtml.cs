using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Web.Pages.Articles;

public sealed class DetailsModel(ArchiveDbContext db) : PageModel
{
    public ArticleView Article { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken ct)
    {
        var found = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ArticleView(a.Id, a.Slug, a.Title, a.PublishedOn, a.Source, a.Body, a.WordCount, a.SourceFile, a.IsMissing))
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return NotFound();
        }
        if (slug != found.Slug)
        {
            return RedirectPermanent($"/articles/{found.Id}/{found.Slug}");
        }
        Article = found;
        return Page();
    }

    public sealed record ArticleView(
        int Id, string Slug, string Title, DateOnly? PublishedOn, string? Source, string Body, int WordCount, string SourceFile, bool IsMissing)
    {
        public IEnumerable<string> Paragraphs => Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
