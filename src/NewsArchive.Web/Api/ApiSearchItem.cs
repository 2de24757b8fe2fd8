namespace NewsArchive.Web.Api;

/// <summary>One result: <c>snippet</c> is HTML (text encoded, matches in <c>&lt;mark&gt;</c>).</summary>
public sealed record ApiSearchItem(int Id, string Title, DateOnly? Published, string? Source, string Snippet, string Url);
