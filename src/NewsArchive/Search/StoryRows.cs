using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NewsArchive.Search;

/// <summary>Reads stories with their members: by index (the Stories key, the sketches' StoryId), never a scan.</summary>
public static class StoryRows
{
    /// <summary>A story lists at most this many members.</summary>
    public const int MaxMembers = 500;

    public static async Task<IReadOnlyDictionary<int, StoryRow>> LoadAsync(SqliteConnection connection, IEnumerable<int> storyIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(storyIds);
        var stories = new Dictionary<int, StoryRow>();
        foreach (var id in storyIds.Distinct())
        {
            if (await LoadAsync(connection, id, ct) is { } story)
            {
                stories[id] = story;
            }
        }
        return stories;
    }

    public static async Task<StoryRow?> LoadAsync(SqliteConnection connection, int storyId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var head = connection.CreateCommand();
        head.CommandText = "SELECT Title, Size, FirstPublished, LastPublished, FirstArticleId FROM Stories WHERE Id = $id";
        head.Parameters.AddWithValue("$id", storyId);
        await using (var r = await head.ExecuteReaderAsync(ct))
        {
            if (!await r.ReadAsync(ct))
            {
                return null;
            }
            var (title, size, first, last, firstId) = (r.GetString(0), r.GetInt32(1), Date(r, 2), Date(r, 3), r.GetInt32(4));
            return new StoryRow(storyId, title, size, first, last, firstId, await MembersAsync(connection, storyId, ct));
        }
    }

    private static async Task<List<StoryMember>> MembersAsync(SqliteConnection connection, int storyId, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT a.Id, a.Title, a.Slug, a.PublishedOn, a.Source, k.CopyOfId FROM StorySketches k JOIN Articles a ON a.Id = k.ArticleId "
            + "WHERE k.StoryId = $id ORDER BY k.Day = 0, k.Day, k.ArticleId LIMIT $max";
        command.Parameters.AddWithValue("$id", storyId);
        command.Parameters.AddWithValue("$max", MaxMembers);
        await using var r = await command.ExecuteReaderAsync(ct);
        var members = new List<StoryMember>();
        while (await r.ReadAsync(ct))
        {
            members.Add(new StoryMember(r.GetInt32(0), r.GetString(1), r.GetString(2), Date(r, 3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetInt32(5)));
        }
        return members;
    }

    private static DateOnly? Date(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
