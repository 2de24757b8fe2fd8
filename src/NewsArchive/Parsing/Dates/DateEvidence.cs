namespace NewsArchive.Parsing.Dates;

/// <summary>Where in the text a candidate date was read, in the order the date stage tries them.</summary>
internal enum DateEvidence
{
    /// <summary>A short or byline line between the headline and the start of the body.</summary>
    NearHeadline = 0,

    /// <summary>A short or byline line above the body, the nearest first.</summary>
    AboveBody = 1,

    /// <summary>A "Published …", "Updated …" line anywhere.</summary>
    PublicationLine = 2,

    /// <summary>A month and day by the headline with the year of the page's copyright notice.</summary>
    CopyrightYear = 3,

    /// <summary>The earliest timestamp below a comments heading.</summary>
    FirstComment = 4,
}
