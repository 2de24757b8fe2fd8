namespace NewsArchive.Parsing;

/// <summary>The role of one line of the normalised text; stored one character a line (see <see cref="LineRoles"/>).</summary>
public enum LineRole
{
    /// <summary>An empty line.</summary>
    Blank = 0,

    /// <summary>The ` date YYYY-MM-DD` header (and junk after it on the first line).</summary>
    Header = 1,

    /// <summary>The headline line (or a repeat of it).</summary>
    Title = 2,

    /// <summary>A line of the article body.</summary>
    Body = 3,

    /// <summary>Website furniture removed from the body.</summary>
    Boilerplate = 4,
}
