namespace NewsArchive.Parsing;

/// <summary>What a line looks like on its own, before its neighbours are taken into account.</summary>
public enum LineKind
{
    /// <summary>Empty, or the header with nothing after it.</summary>
    Blank = 0,

    /// <summary>Long running text: many words, stop words, sentence punctuation.</summary>
    Text = 1,

    /// <summary>A short line: a subheading, a caption, a menu item, a headline.</summary>
    Brief = 2,

    /// <summary>A short line in a list introduced by a line ending with a colon.</summary>
    ListItem = 3,

    /// <summary>Website furniture by its own text (phrases, credits, captions, menus, repeated lines).</summary>
    Furniture = 4,

    /// <summary>Furniture that usually ends the article: "Comments", "Related stories", a bare date of a listed headline.</summary>
    SectionBreak = 5,
}
