using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Parsing;

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
        var marked = await HighlightAsync(a.SortKey, QueryParser.Parse(query).MatchExpression, ct);
        var (title, body) = marked ?? (a.Title, a.Body);
        var paragraphs = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(MarkedText.ToHtml).ToList();
        var older = await db.Articles.AsNoTracking().Where(x => x.SortKey < a.SortKey).OrderByDescending(x => x.SortKey)
            .Select(x => new ArticleLink(x.Id, x.Slug, x.Title, x.PublishedOn)).FirstOrDefaultAsync(ct);
        var newer = await db.Articles.AsNoTracking().Where(x => x.SortKey > a.SortKey).OrderBy(x => x.SortKey)
            .Select(x => new ArticleLink(x.Id, x.Slug, x.Title, x.PublishedOn)).FirstOrDefaultAsync(ct);
        return new ArticleDetail(a.Id, a.Slug, a.Title, marked is null ? WebUtility.HtmlEncode(a.Title) : MarkedText.ToHtml(title),
            a.PublishedOn, a.DateSource, a.Source, a.Body, paragraphs, marked is not null, a.WordCount, a.SourceFile, a.IsMissing,
            Lines(a.RawText, a.LineRoles), older, newer);
    }

    private static List<OriginalLine> Lines(string rawText, string roles) =>
        rawText.Split('\n').Select((line, i) => new OriginalLine(i + 1, line, LineRoles.Decode(roles, i))).ToList();

    /// <summary>Title and body with the matches marked, or null when there is no query or the article does not match it.</summary>
    private async Task<(string Title, string Body)?> HighlightAsync(long sortKey, string? match, CancellationToken ct)
    {
        if (match is null)
        {
            return null;
        }
        await db.Database.OpenConnectionAsync(ct);
        await using var command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        command.CommandText = $"SELECT highlight({FullTextIndex.Table}, 0, $open, $close), highlight({FullTextIndex.Table}, 1, $open, $close) "
            + $"FROM {FullTextIndex.Table} WHERE {FullTextIndex.Table} MATCH $match AND rowid = $key";
        command.Parameters.AddWithValue("$open", MarkedText.Open.ToString());
        command.Parameters.AddWithValue("$close", MarkedText.Close.ToString());
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$key", sortKey);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.GetString(1)) : null;
    }
}
