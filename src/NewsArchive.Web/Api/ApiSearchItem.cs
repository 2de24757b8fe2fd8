namespace NewsArchive.Web.Api;

/// <summary>
/// One result: <c>snippet</c> is HTML (text encoded, matches in <c>&lt;mark&gt;</c>); <c>storyId</c> its story
/// (null when alone) and <c>storySize</c> how many articles the story has (1 when alone).
/// </summary>
public sealed record ApiSearchItem(int Id, string Title, DateOnly? Published, string? Source, string Snippet, string Url, int? StoryId, int StorySize);
