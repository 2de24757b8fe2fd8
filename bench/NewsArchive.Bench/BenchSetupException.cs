namespace NewsArchive.Bench;

/// <summary>The bench cannot run as asked without touching what it did not make (exit 1, with the reason).</summary>
public sealed class BenchSetupException : Exception
{
    public BenchSetupException()
    {
    }

    public BenchSetupException(string message)
        : base(message)
    {
    }

    public BenchSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
