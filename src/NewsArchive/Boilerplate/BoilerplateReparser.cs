using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Articles;
using NewsArchive.Data;
using NewsArchive.Parsing;

namespace NewsArchive.Boilerplate;

/// <summary>
/// Re-parses, in batches, the articles whose kept lines include newly learned boilerplate. The candidates are the
/// few articles parsed before the line was learned, whose ids the line counts carry (only when those are not
/// known, through the full-text index: the line as a phrase in the title or body); each is then checked line by
/// line. The archive is not scanned: articles imported after the line was learned were parsed with it.
/// </summary>
internal sealed class BoilerplateReparser(ArchiveDbContext db, ArticleTextParser parser, TimeProvider clock)
{
    public async Task<int> ReparseAsync(IReadOnlyList<LearnedLines.FreshLine> fresh, IReadOnlySet<string> known, CancellationToken ct)
    {
        var affected = await FindAffectedAsync(fresh, ct);
        var sortKeys = new SortKeyAllocator(db);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var batch in affected.Chunk(ArchiveBatch.Size))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var article in await db.Articles.Where(a => batch.Contains(a.Id)).ToListAsync(ct))
            {
                var parsed = parser.Parse(article.SourceFile, Encoding.UTF8.GetBytes(article.RawText), known, today).Article;
                if (parsed is null)
                {
                    continue;
                }
                var dateChanged = parsed.PublishedOn != article.PublishedOn;
                ArticleMapper.Apply(article, parsed, article.ContentHash, clock.GetUtcNow().UtcDateTime);
                if (dateChanged)
                {
                    article.SortKey = await sortKeys.NextAsync(parsed.PublishedOn, ct);
                }
            }
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            db.ChangeTracker.Clear();
        }
        return affected.Count;
    }

    /// <summary>The articles that keep one of <paramref name="fresh"/> as a title or body line, by id.</summary>
    private async Task<List<int>> FindAffectedAsync(IReadOnlyList<LearnedLines.FreshLine> fresh, CancellationToken ct)
    {
        var candidates = new HashSet<int>();
        foreach (var line in fresh)
        {
            candidates.UnionWith(line.Articles ?? await MatchingAsync(line.Text, ct));
        }
        var lines = fresh.Select(f => f.Text).ToHashSet(StringComparer.Ordinal);
        var affected = new List<int>();
        foreach (var chunk in candidates.Order().Chunk(ArchiveBatch.Size))
        {
            var articles = await db.Articles.AsNoTracking().Where(a => chunk.Contains(a.Id)).Select(a => new { a.Id, a.RawText, a.LineRoles }).ToListAsync(ct);
            affected.AddRange(articles
                .Where(a => ArchiveLines.Candidates(a.RawText, a.LineRoles)
                    .Any(c => lines.Contains(c.Line) && LineRoles.Decode(a.LineRoles, c.Index) is LineRole.Body or LineRole.Title))
                .Select(a => a.Id));
        }
        affected.Sort();
        return affected;
    }

    /// <summary>
    /// The articles whose title or body contains the line's words as a phrase; a line without a word character (the
    /// index has no token for it) is looked for in the stored text instead, which is rare enough to afford a scan.
    /// </summary>
    private Task<List<int>> MatchingAsync(string line, CancellationToken ct) => line.Any(char.IsLetterOrDigit)
        ? db.Database.SqlQuery<int>(
            $"SELECT a.Id AS Value FROM ArticleSearch JOIN Articles a ON a.SortKey = ArticleSearch.rowid WHERE ArticleSearch MATCH {Phrase(line)}").ToListAsync(ct)
        : db.Articles.Where(a => a.Body.Contains(line) || a.Title.Contains(line)).Select(a => a.Id).ToListAsync(ct);

    /// <summary>An FTS5 query for the line as one phrase in the Title or Body column; the line is quoted, never spliced in as syntax.</summary>
    private static string Phrase(string line) => "{Title Body} : \"" + line.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
