using NewsArchive.Parsing;

namespace NewsArchive.Articles;

/// <summary>One imported article: what the parser made of one seed file.</summary>
public sealed class Article
{
    public int Id { get; set; }

    /// <summary>Chronological key (publication day, then sequence; undated below all dated); the FTS5 rowid.</summary>
    public long SortKey { get; set; }

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public bool TitleDerived { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public DateSource DateSource { get; set; }

    public string? Source { get; set; }

    /// <summary>Paragraphs separated by a blank line.</summary>
    public string Body { get; set; } = "";

    public int WordCount { get; set; }

    /// <summary>Path relative to the seeds folder, with '/' separators; unique.</summary>
    public string SourceFile { get; set; } = "";

    /// <summary>SHA-256 of the file bytes, lower-case hex.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>The decoded, normalised file text, removed lines included.</summary>
    public string RawText { get; set; } = "";

    /// <summary>One role code a line of <see cref="RawText"/> (see <see cref="LineRoles"/>).</summary>
    public string LineRoles { get; set; } = "";

    /// <summary>Parser warnings, one a line; null when none.</summary>
    public string? Warnings { get; set; }

    public int ParserVersion { get; set; }

    /// <summary>True when the file vanished from the seeds folder; the article is kept.</summary>
    public bool IsMissing { get; set; }

    public DateTime ImportedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
