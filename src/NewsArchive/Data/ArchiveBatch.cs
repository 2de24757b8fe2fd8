namespace NewsArchive.Data;

/// <summary>How many articles one import transaction, re-parse step or scan step handles.</summary>
public static class ArchiveBatch
{
    /// <summary>Files per import batch (one transaction each) and rows per scan step.</summary>
    public const int Size = 1000;
}
