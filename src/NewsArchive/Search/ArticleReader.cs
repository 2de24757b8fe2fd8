using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Parsing.Document;

namespace NewsArchive.Search;

/// <summary>Reads one article for its page or the API, highlighted with FTS5's own matching when a query is given.</summary>
public sealed class ArticleReader(ArchiveDbContext db)
{
    public async Task<ArticleDetail?> FindAsync(int id, string? query, CancellationToken ct)
    {
        var a = await db.Articles.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new { x.Id, x.SortKey, x.Slug, x.Title, x.PublishedOn, x.DateSource, x.Source, x.Body, x.WordCount, x.SourceFile, x.IsMissing, x.RawText, x.LineRoles })
            .SingleOrDefaultAsync(ct);
        if (a is null)
        {
            return null;
        }
        var marked = await HighlightAsync(a.SortKey, a.Title, a.Body, QueryParser.Parse(query), ct);
        var (title, body) = marked ?? (a.Title, a.Body);
        var paragraphs = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(MarkedText.ToHtml).ToList();
        var older = await db.Articles.AsNoTracking().Where(x => x.SortKey < a.SortKey).OrderByDescending(x => x.SortKey)
            .Select(x => new ArticleLink(x.Id, x.Slug, x.Title, x.PublishedOn)).FirstOrDefaultAsync(ct);
        var newer = await db.Articles.AsNoTracking().Where(x => x.SortKey > a.SortKey).OrderBy(x => x.SortKey)
            .Select(x => new ArticleLink(x.Id, x.Slug, x.Title, x.PublishedOn)).FirstOrDefaultAsync(ct);
        var matched = marked is { } m ? MatchedWords.From(m.Title + "\n" + m.Body) : MatchedWords.None;
        return new ArticleDetail(a.Id, a.Slug, a.Title, marked is null ? WebUtility.HtmlEncode(a.Title) : MarkedText.ToHtml(title),
            a.PublishedOn, a.DateSource, a.Source, a.Body, paragraphs, marked is not null, a.WordCount, a.SourceFile, a.IsMissing,
            Lines(a.RawText, a.LineRoles, matched), older, newer)
        {
            OriginalUrl = OriginalUrl.Find(a.RawText),
        };
    }

    private static List<OriginalLine> Lines(string rawText, string roles, MatchedWords matched) =>
        rawText.Split('\n').Select((line, i) => new OriginalLine(i + 1, line, LineRoles.Decode(roles, i)) { Html = matched.Mark(line) }).ToList();

    /// <summary>
    /// Title and body with the matches marked, or null when there is no query or the article does not match it;
    /// marked piece by piece (<see cref="BoundedHighlight"/>), so an article full of matches costs no more than its length.
    /// </summary>
    private async Task<(string Title, string Body)?> HighlightAsync(long sortKey, string title, string body, SearchQuery query, CancellationToken ct)
    {
        if (query.MatchExpression is null || query.HighlightExpression is null)
        {
            return null;
        }
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        return await SqliteInterrupt.RunAsync<(string, string)?>(connection, async () =>
        {
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT 1 FROM {FullTextIndex.Table} WHERE {FullTextIndex.Table} MATCH $match AND rowid = $key";
                command.Parameters.AddWithValue("$match", query.MatchExpression);
                command.Parameters.AddWithValue("$key", sortKey);
                if (await command.ExecuteScalarAsync(ct) is null)
                {
                    return null;
                }
            }
            return await BoundedHighlight.MarkAsync(connection, title, body, query.HighlightExpression, ct);
        }, ct);
    }
}
