namespace NewsArchive.Parsing.Document;

/// <summary>The parts of a <see cref="ParseDocument"/>, in the order the stages fill them.</summary>
internal enum ParseStep
{
    /// <summary>Only the normalised text.</summary>
    Text = 0,

    /// <summary>The lines, their features and the header.</summary>
    Lines = 1,

    /// <summary>Each line's kind.</summary>
    Kinds = 2,

    /// <summary>Each line's role (body, boilerplate, blank) and where the body starts.</summary>
    Roles = 3,

    /// <summary>The title.</summary>
    Title = 4,

    /// <summary>The date and where it came from.</summary>
    Date = 5,

    /// <summary>The outlet.</summary>
    Source = 6,

    /// <summary>The final role of each line: which lines are the article's body.</summary>
    Body = 7,
}
