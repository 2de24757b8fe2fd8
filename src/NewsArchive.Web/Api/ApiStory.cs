using NewsArchive.Search;
using NewsArchive.Web.Pages.Articles;

namespace NewsArchive.Web.Api;

/// <summary><c>GET /api/stories/{id}</c>: a story's title (its first report's), first and last dates, outlets and members by date.</summary>
public sealed record ApiStory(int Id, string Title, DateOnly? FirstPublished, DateOnly? LastPublished, int Size, int FirstArticleId,
    IReadOnlyList<string> Outlets, IReadOnlyList<ApiStoryMember> Members, string Url)
{
    public static ApiStory From(StoryRow story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new ApiStory(story.Id, story.Title, story.FirstPublished, story.LastPublished, story.Size, story.FirstArticleId, StoryRow.Outlets(story.Members),
            story.Members.Select(m => new ApiStoryMember(m.Id, m.Title, m.PublishedOn, m.Source, ArticleRoute.For(m.Id, m.Slug), m.CopyOfId)).ToList(), $"/stories/{story.Id}");
    }
}

/// <summary>A member of a story; <c>copyOf</c> is the first article of its copies when it is a copy.</summary>
public sealed record ApiStoryMember(int Id, string Title, DateOnly? Published, string? Source, string Url, int? CopyOf);
