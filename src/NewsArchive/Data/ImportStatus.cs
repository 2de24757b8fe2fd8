namespace NewsArchive.Data;

/// <summary>The state of an import run.</summary>
public enum ImportStatus
{
    Running = 0,
    Succeeded = 1,
    Failed = 2,

    /// <summary>The process stopped before the run finished; the next import completes the work.</summary>
    Interrupted = 3,
}
