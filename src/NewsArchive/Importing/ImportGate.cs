namespace NewsArchive.Importing;

/// <summary>
/// Lets one import run at a time in this process and holds the latest progress snapshot, so a page can show
/// it while the import runs elsewhere (a background service).
/// </summary>
public sealed class ImportGate
{
    private int _busy;
    private volatile ImportProgress? _current;

    public bool IsRunning => Volatile.Read(ref _busy) == 1;

    /// <summary>The progress of the running import, or null when none runs.</summary>
    public ImportProgress? Current => IsRunning ? _current : null;

    /// <summary>Claims the gate; false when an import is already running.</summary>
    public bool TryStart()
    {
        if (Interlocked.CompareExchange(ref _busy, 1, 0) != 0)
        {
            return false;
        }
        _current = null;
        return true;
    }

    public void Report(ImportProgress progress) => _current = progress;

    public void Finish()
    {
        _current = null;
        Volatile.Write(ref _busy, 0);
    }
}
