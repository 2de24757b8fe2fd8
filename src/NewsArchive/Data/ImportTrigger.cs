namespace NewsArchive.Data;

/// <summary>What started an import.</summary>
public enum ImportTrigger
{
    Startup = 0,
    Admin = 1,
    Cli = 2,
}
