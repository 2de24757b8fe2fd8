namespace NewsArchive.Web.Admin;

/// <summary>
/// The console of whoever started the host: what must never reach a log file or another log sink (the generated
/// admin password) is written here only.
/// </summary>
public sealed class OperatorConsole(TextWriter writer)
{
    private readonly Lock _lock = new();

    public void WriteLine(string line)
    {
        lock (_lock)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }
}
