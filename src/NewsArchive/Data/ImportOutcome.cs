namespace NewsArchive.Data;

/// <summary>What happened to one file.</summary>
public enum ImportOutcome
{
    Added = 0,
    Updated = 1,
    Unchanged = 2,
    Failed = 3,
    Missing = 4,
}
