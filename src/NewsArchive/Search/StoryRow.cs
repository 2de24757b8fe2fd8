namespace NewsArchive.Search;

/// <summary>
/// A story: its title (its first report's), first and last dates, size, and members first report first (dated by
/// date, then undated; at most <see cref="StoryRows.MaxMembers"/>). Copies are members sharing a <see cref="StoryMember.CopyRoot"/>.
/// </summary>
public sealed record StoryRow(int Id, string Title, int Size, DateOnly? FirstPublished, DateOnly? LastPublished, int FirstArticleId, IReadOnlyList<StoryMember> Members)
{
    /// <summary>The members carrying the same text as <paramref name="articleId"/>, itself included.</summary>
    public IReadOnlyList<StoryMember> CopiesOf(int articleId)
    {
        var root = Members.FirstOrDefault(m => m.Id == articleId)?.CopyRoot ?? articleId;
        return Members.Where(m => m.CopyRoot == root).ToList();
    }

    /// <summary>The members that are neither <paramref name="articleId"/> nor one of its copies.</summary>
    public IReadOnlyList<StoryMember> OtherCoverage(int articleId)
    {
        var copies = CopiesOf(articleId).Select(c => c.Id).ToHashSet();
        return Members.Where(m => !copies.Contains(m.Id)).ToList();
    }

    /// <summary>The outlets named by <paramref name="members"/>, in their order, each once.</summary>
    public static IReadOnlyList<string> Outlets(IEnumerable<StoryMember> members) =>
        members.Where(m => m.Source is not null).Select(m => m.Source!).Distinct(StringComparer.Ordinal).ToList();
}
