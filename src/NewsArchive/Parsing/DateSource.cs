namespace NewsArchive.Parsing;

/// <summary>Where a publication date came from. Stored as text; never the import time.</summary>
public enum DateSource
{
    None = 0,
    Header = 1,
    Text = 2,
}
