using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;

namespace NewsArchive.Search;

/// <summary>Stories for the pages and the API: an article's story, a story by id, and what each member reports first.</summary>
public sealed partial class StoryReader(ArchiveDbContext db)
{
    /// <summary>The story page reads at most this many members' text to find what each adds.</summary>
    public const int MaxDevelopment = 100;

    public async Task<StoryRow?> FindAsync(int storyId, CancellationToken ct) =>
        await StoryRows.LoadAsync(await ConnectionAsync(ct), storyId, ct);

    /// <summary>The story the article belongs to, or null when it is alone.</summary>
    public async Task<StoryRow?> ForArticleAsync(int articleId, CancellationToken ct)
    {
        var storyId = await db.StorySketches.AsNoTracking().Where(s => s.ArticleId == articleId).Select(s => s.StoryId).FirstOrDefaultAsync(ct);
        return storyId is { } id ? await FindAsync(id, ct) : null;
    }

    /// <summary>
    /// For each member, first report first, the sentences of its body that no earlier member has (compared
    /// ignoring case and spacing): how the story developed. Copies add nothing new, by definition almost.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> FirstSentencesAsync(StoryRow story, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(story);
        var ids = story.Members.Take(MaxDevelopment).Select(m => m.Id).ToList();
        var bodies = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Body }).ToDictionaryAsync(a => a.Id, a => a.Body, ct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var firsts = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var id in ids)
        {
            var added = new List<string>();
            foreach (var sentence in Sentences(bodies.GetValueOrDefault(id, "")))
            {
                if (seen.Add(Spaces().Replace(sentence.ToLowerInvariant(), " ")))
                {
                    added.Add(sentence);
                }
            }
            firsts[id] = added;
        }
        return firsts;
    }

    private static IEnumerable<string> Sentences(string body) =>
        SentenceEnd().Split(body).Select(s => s.Trim()).Where(s => s.Any(char.IsLetter));

    private async Task<SqliteConnection> ConnectionAsync(CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        return (SqliteConnection)db.Database.GetDbConnection();
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+|\n\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
