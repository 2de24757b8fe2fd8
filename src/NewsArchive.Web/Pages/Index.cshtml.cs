using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;

namespace NewsArchive.Web.Pages;

public sealed class IndexModel(ArchiveDbContext db) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<ArticleRow> Articles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Total = await db.Articles.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Articles = await db.Articles.AsNoTracking().OrderByDescending(a => a.SortKey)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new ArticleRow(a.Id, a.Slug, a.Title, a.PublishedOn, a.Source, a.Body.Substring(0, 400)))
            .ToListAsync(ct);
    }

    public sealed record ArticleRow(int Id, string Slug, string Title, DateOnly? PublishedOn, string? Source, string BodyStart)
    {
        public string Excerpt => Excerpts.Cut(BodyStart, 240);
    }
}
